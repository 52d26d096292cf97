"""Small widgets and Qt-binding workarounds shared by the pages."""
