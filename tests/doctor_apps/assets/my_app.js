// The user's own clientside functions for the doctor's gallery apps.
window.dash_clientside = window.dash_clientside || {};
window.dash_clientside.my_app = {
  total: (values) => (values || []).reduce((sum, v) => sum + Number(v || 0), 0),
  label: (value) => `${value} km`,
};
