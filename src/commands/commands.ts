/**
 * The add-in's function file (the manifest's FunctionFile). The ribbon button opens the task pane declaratively
 * (ShowTaskpane), so no ribbon function is associated here; the page only has to initialise office.js so Excel
 * considers the add-in loaded. Guarded so the page stays quiet when office.js could not be loaded.
 */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
