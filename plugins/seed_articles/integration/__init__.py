"""What the plugin adds to any MkDocs site: page rendering, theme hooks and assets."""
