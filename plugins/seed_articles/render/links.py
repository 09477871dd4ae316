"""Links between pages: relative Markdown paths and the URLs MkDocs gives them."""

from __future__ import annotations

import posixpath


def relative_md(from_src: str, to_src: str) -> str:
    """Relative link between two source files, as MkDocs expects in Markdown.

    Both are site-relative POSIX paths; done by hand because ``posixpath.relpath``
    resolves against the working directory on every call (slow on large sites).
    """
    from_dir, slash, _ = from_src.rpartition("/")
    if not slash:  # a top-level page: the path itself
        return to_src
    to_dir, to_slash, to_name = to_src.rpartition("/")
    if to_slash and to_dir == from_dir:  # the same folder (article to article)
        return to_name
    from_parts = from_dir.split("/")
    to_parts = to_src.split("/")
    common = 0
    while common < len(from_parts) and common < len(to_parts) - 1 and from_parts[common] == to_parts[common]:
        common += 1
    return "/".join([".."] * (len(from_parts) - common) + to_parts[common:])


def page_url(src: str, directory_urls: bool = True) -> str:
    """Site-relative URL of the page built from ``src``, as MkDocs makes it."""
    stem = posixpath.splitext(src)[0]
    if not directory_urls:
        return f"{stem}.html"
    if posixpath.basename(stem) == "index":
        stem = posixpath.dirname(stem)
    return f"{stem}/" if stem else "./"


def relative_url(from_src: str, to_src: str, directory_urls: bool = True) -> str:
    """Browser URL of the page built from ``to_src``, seen from the page built from ``from_src``.

    Raw HTML (the graph's SVG) is not rewritten by MkDocs, so it needs the final URL.
    """
    from_url, to_url = page_url(from_src, directory_urls), page_url(to_src, directory_urls)
    from_dir = from_url if from_url.endswith("/") else posixpath.dirname(from_url)
    target = posixpath.relpath(to_url, from_dir or ".")
    if to_url.endswith("/") and not target.endswith("/"):
        target += "/"
    return "./" if target == "./." else target
