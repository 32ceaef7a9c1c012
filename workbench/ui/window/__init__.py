"""The main window's features, one module each; workbench.ui.main_window assembles them."""
