// Decap starts by itself once loaded unless told otherwise: cms-setup.js first registers the article format,
// the widgets and the preview, then starts it.
window.CMS_MANUAL_INIT = true;
