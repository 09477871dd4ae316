"""The corpus stages of a build (parse, glossary, relations) and the types they share.

Below the renderers, above the text core; nothing here imports MkDocs.
"""
