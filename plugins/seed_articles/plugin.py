"""MkDocs adapter: feeds the pipeline's pages to MkDocs and wires the events.

Everything that understands articles lives in the core modules; this class
only translates MkDocs events into pipeline calls.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable
from pathlib import Path

from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from .build.background import start_deferred
from .build.types import GLOSSARY_PAGE, GRAPH_PAGE, PEOPLE_PAGE, TAGS_PAGE, TIMELINE_PAGE, Settings, SiteBuild
from .config import SeedArticlesConfig
from .glossary import GlossaryError
from .integration.assets import add_asset_files, add_stylesheet
from .integration.gc_rebuilds import RebuildCollector
from .integration.markdown_pages import GeneratedPages, adopt
from .integration.material_search import MaterialSearchKeeper, material_entries, release_material_entries
from .integration.tags import configure_tags_plugins
from .integration.template_cache import TemplateCodeCache
from .integration.theme import wrap_theme
from .logs import get_logger
from .pipeline import Pipeline
from .publish.feeds import FeedMemory, write_feeds
from .publish.home import HOME_MARKER, STATS_MARKER, expand_home_markers
from .publish.zensical import ARCHIVE_LINK_TITLE, ARTICLES_SECTION_TITLE
from .relations.topics import TopicsError
from .search.article_sections import article_search_page
from .search.material_index import SearchPage
from .search.page_cache import SearchCache, article_key
from .search.sync import FolderWriter
from .text.escape import file_url
from .text.slugs import heading_slug

log = get_logger(__name__)

PERMALINK_TITLE = "Liên kết cố định đến mục này"
# Top-level navigation order of an automatic nav (the articles section comes second).
TOP_LEVEL_ORDER = ["index.md", "<articles>", TIMELINE_PAGE, TAGS_PAGE, PEOPLE_PAGE, GLOSSARY_PAGE, GRAPH_PAGE]


def _has_search(config: MkDocsConfig) -> bool:
    """Whether a search plugin runs (Material registers its own as ``material/search``)."""
    return any(name == "search" or name.endswith("/search") for name in config.plugins)


def _is_material(config: MkDocsConfig) -> bool:
    return config.theme.name == "material"


# What needs Material, said once per build on any other theme.
NOT_MATERIAL = (
    "theme '%s' is not Material: the Vietnamese search worker, abbreviation "
    "tooltips and card layouts are off (pages, glossary, search_index.json and feeds are built)"
)


def _has_markers(file: File) -> bool:
    """Whether a hand-written page holds a marker the plugin fills (home page lists, counts)."""
    try:
        text = Path(file.abs_src_path or "").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return HOME_MARKER in text or STATS_MARKER in text


def _output_missing(file: File) -> Callable[[], bool]:
    return lambda: not os.path.isfile(file.abs_dest_path)


class SeedArticlesPlugin(BasePlugin[SeedArticlesConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.pipeline = Pipeline()
        self.dirty = False  # `--dirty`: MkDocs renders only the pages that say they changed
        self.one_build = False
        self.published: dict[str, str] = {}
        self.withdrawn: list[str] = []
        self.article_search: dict[str, SearchPage] = {}
        self.search_cache = SearchCache()
        self.search_files = FolderWriter()
        self.feeds = FeedMemory()
        self.material_search: MaterialSearchKeeper | None = None
        self.build: SiteBuild | None = None
        self.settings: Settings | None = None
        self.template_code = TemplateCodeCache()
        self.generated_pages = GeneratedPages()
        self.generated_files: dict[str, File] = {}
        self.read_pages: dict[str, tuple[str | None, dict]] = {}
        self.hand_pages: list[Page] = []
        self.collector: RebuildCollector | None = None

    # MkDocs keeps a plugin instance across `serve` rebuilds only when it defines on_startup:
    # that is what lets the parse cache survive.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.pipeline = Pipeline()
        self.dirty = dirty
        self.one_build = command != "serve"  # `build` and `gh-deploy` never rebuild in this process
        self.published: dict[str, str] = {}  # src_uri → Markdown given to MkDocs in the last build
        self.withdrawn: list[str] = []  # our pages of the last build that this build no longer makes
        self.article_search: dict[str, SearchPage] = {}  # src_uri → the article's search sections
        # Sections, tokens and store records of unchanged pages, by digest (also on disk).
        self.search_cache = SearchCache()
        self.search_files = FolderWriter()  # a rebuild rewrites only the index files that changed
        self.feeds = FeedMemory()  # a rebuild whose feed items did not change skips the feeds
        # Material's search_index.json loses pages in dirty rebuilds unless we keep its entries.
        self.material_search = MaterialSearchKeeper() if dirty and command == "serve" else None
        self.template_code = TemplateCodeCache()  # the theme's compiled templates, for rebuilds
        # `--dirty` rebuilds keep the File and Page objects of the generated pages that did not change.
        self.generated_pages = GeneratedPages()
        self.generated_files: dict[str, File] = {}  # src_uri → the File given to MkDocs in this build
        # src_uri → (title, meta) a hand-written page had when MkDocs last read it: a dirty
        # rebuild does not read an unchanged page, and its navigation would lack the title.
        self.read_pages: dict[str, tuple[str | None, dict]] = {}
        self.hand_pages: list[Page] = []  # this build's hand-written pages
        if self.collector is not None:
            self.collector.close()
        # Under `serve`, a rebuild's garbage collections skip what the last build kept.
        self.collector = RebuildCollector() if command == "serve" else None

    def on_shutdown(self) -> None:
        if self.collector is not None:
            self.collector.close()

    def on_build_error(self, *, error: Exception) -> None:
        if self.collector is not None:
            self.collector.build_ended()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if self.collector is not None:
            self.collector.build_started()
        self.settings = Settings.from_config(self.config, config)
        if not self.settings.seeds_dir.is_dir():
            raise PluginError(f"seed-articles: seeds folder not found: {self.settings.seeds_dir}")
        self._check_cache_dir(config)
        # Heading anchors must keep Đ: use our slugify unless the site chose one.
        toc = config.mdx_configs.setdefault("toc", {})
        toc.setdefault("slugify", heading_slug)
        # Heading permalinks say what they are in Vietnamese ("Permanent link" by default).
        if toc.get("permalink"):
            toc.setdefault("permalink_title", PERMALINK_TITLE)
        if "toc" not in config.markdown_extensions:
            config.markdown_extensions.append("toc")
        # Tag ids that tell "ADMM+" from "ADMM", tags in Vietnamese order (unless the site chose).
        configure_tags_plugins(config.plugins)
        add_stylesheet(config)
        return config

    def _check_cache_dir(self, config: MkDocsConfig) -> None:
        """The build's cache must stay out of what is published and what users edit."""
        assert self.settings is not None
        cache = self.settings.cache_dir
        if cache is None:
            return
        for name, folder in (
            ("docs_dir", config.docs_dir),
            ("site_dir", config.site_dir),
            ("seeds_dir", self.settings.seeds_dir),
        ):
            if cache.is_relative_to(Path(folder).resolve()):
                raise PluginError(
                    f"seed-articles: cache_dir {cache} is inside {name} ({folder}); "
                    "choose a folder outside it (the default is .cache/seed-articles)"
                )

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        if self.material_search is not None:
            self.material_search.start(files)
        if _has_search(config) and _is_material(config):
            self.search_cache.load(self.settings)  # once per process
        # Our partials (sharing meta, search worker) join the theme through its documented blocks.
        wrapped = wrap_theme(env)
        if not self.one_build and env.bytecode_cache is None and isinstance(env.autoescape, bool):
            env.bytecode_cache = self.template_code  # a rebuild does not compile the theme again
        if not _is_material(config):
            log.info(NOT_MATERIAL, config.theme.name or "custom")
        elif not wrapped:
            log.warning("the theme has no base.html: the Vietnamese search worker is off")
        return env

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.settings is not None
        try:
            self.build = self.pipeline.build(self.settings, progress=self._log_progress)
        except GlossaryError as error:
            raise PluginError(f"seed-articles: the glossary file cannot be used: {error}") from error
        except TopicsError as error:
            raise PluginError(f"seed-articles: the topics file cannot be used: {error}") from error
        for warning in self.pipeline.folder_warnings:
            log.warning("%s", warning)
        if self.one_build:
            # What the stages keep for a next build is on disk now; MkDocs needs the memory.
            self.pipeline.release_caches()
        for problem in self.build.problems:
            log.warning("Seed skipped: %s", problem)
        keep = self.dirty and not self.one_build  # only `serve --dirty` reads pages selectively
        if not keep:
            self.generated_pages.clear()
        self.generated_pages.start(config)
        self.generated_files = {}
        docs = files.src_uris
        for src_uri, markdown in sorted(self.build.pages.items()):
            if docs.get(self.generated_pages.posix(src_uri)) is not None:
                raise PluginError(
                    f"seed-articles: generated page {src_uri} clashes with a file in docs/; "
                    "rename the file or change articles_prefix"
                )
            if keep:
                file = self.generated_pages.file(config, src_uri, markdown)
            else:
                file = File.generated(config, src_uri, content=markdown)
                adopt(file, config)
            files.append(file)
            self.generated_files[src_uri] = file
        for file in files.documentation_pages():
            if not file.generated_by and _has_markers(file):
                adopt(file, config)  # the markers expand to our Markdown
        add_asset_files(files, config)
        if self.dirty:
            self._say_what_changed(files)
        return files

    def _say_what_changed(self, files: Files) -> None:
        """For `--dirty` builds, which render only the pages that say they were modified."""
        assert self.build is not None
        for file in files.documentation_pages():
            ours = self.build.pages.get(file.src_uri) if file.generated_by else None
            if ours is not None:
                # MkDocs counts every generated page as modified: only those whose Markdown changed are.
                if self.published.get(file.src_uri) == ours:
                    file.is_modified = _output_missing(file)  # type: ignore[method-assign]
            elif not file.generated_by and _has_markers(file):
                # The latest articles and counts change with the seeds, not with this file.
                file.is_modified = lambda: True  # type: ignore[method-assign]
        # Pages of deleted or renamed seeds: a dirty build does not clean the site folder.
        self.withdrawn = sorted(set(self.published) - set(self.build.pages))
        self.published = dict(self.build.pages)

    @staticmethod
    def _log_progress(done: int, total: int) -> None:
        step = max(1, total // 10)
        if total >= 200 and (done % step == 0 or done == total):
            log.info("read %d/%d seeds", done, total)

    @event_priority(-50)  # after other plugins shaped the nav
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        if not self.build:
            return nav
        if self.dirty and not self.one_build:
            self._recall_unread_pages(files)
        order = {record.src_uri: index for index, record in enumerate(self.build.articles)}
        for item in nav.items:
            if (
                isinstance(item, Section)
                and item.children
                and all(isinstance(child, Page) and child.file.src_uri in order for child in item.children)
            ):
                item.title = ARTICLES_SECTION_TITLE
                item.children.sort(key=lambda child: order[child.file.src_uri])
                self._cap_section(item)
        if config.nav is None:  # automatic navigation: put the archive's pages in reading order
            nav.items.sort(key=self._top_level_rank)
        return nav

    def _recall_unread_pages(self, files: Files) -> None:
        """Hand-written pages a dirty build will not read get the title and meta their last read gave."""
        pages = [file.page for file in files.documentation_pages() if not file.generated_by and file.page]
        self.read_pages = {
            page.file.src_uri: self.read_pages[page.file.src_uri]
            for page in pages
            if page.file.src_uri in self.read_pages
        }
        self.hand_pages = pages
        for page in pages:
            known = self.read_pages.get(page.file.src_uri)
            if (
                known is not None
                and page.markdown is None
                and page.title is None
                and not page.file.is_modified()
            ):
                page.title, meta = known
                page.meta = dict(meta)

    def _remember_read_pages(self) -> None:
        for page in self.hand_pages:
            if page.markdown is not None:
                self.read_pages[page.file.src_uri] = (page.title, dict(page.meta))
        self.hand_pages = []

    @staticmethod
    def _top_level_rank(item) -> int:
        if isinstance(item, Section):
            return 1 if item.title == ARTICLES_SECTION_TITLE else len(TOP_LEVEL_ORDER) + 1
        src = item.file.src_uri if isinstance(item, Page) else ""
        return TOP_LEVEL_ORDER.index(src) if src in TOP_LEVEL_ORDER else len(TOP_LEVEL_ORDER)

    def _cap_section(self, section: Section) -> None:
        """Keep the newest articles in the sidebar; link the rest through the timeline.

        Every page embeds the navigation, so listing 10,000 articles would make
        each page carry 10,000 links and the build quadratic.
        """
        limit = self.settings.nav_articles
        if len(section.children) <= limit:
            return
        for child in section.children[limit:]:
            child.parent = None
        section.children = section.children[:limit]
        archive = Link(ARCHIVE_LINK_TITLE, TIMELINE_PAGE.removesuffix(".md") + "/")
        archive.parent = section
        section.children.append(archive)

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.build and page.file.generated_by and "seed" in page.meta:
            # Themes print page titles (navigation, footer, breadcrumbs, Material's <title> and
            # header from page.meta.title) without escaping, and an article title is scraped
            # text. Markup is already-escaped text: templates that do escape (|e) leave it as is.
            raw_title = str(page.meta.get("title", ""))
            page.title = html.escape(raw_title, quote=False)
            page.meta["title"] = Markup.escape(raw_title)
        if self.build:
            markdown = expand_home_markers(markdown, self.build, page.file.src_uri, self.settings.home_count)
        return markdown

    def on_page_context(self, context, *, page: Page, config: MkDocsConfig, nav: Navigation):
        if self.material_search is not None:
            self.material_search.rendered(page)
        if (
            self.build
            and page.file.generated_by
            and "seed" in page.meta
            and _has_search(config)
            and _is_material(config)  # only Material's search box runs our index
        ):
            # Our index reads article pages straight from their HTML (Material's index keeps them too).
            tags = [str(tag) for tag in page.meta.get("tags") or []]
            title = html.unescape(str(page.meta.get("title", page.title)))
            content = page.content or ""
            self.article_search[page.file.src_uri] = self.search_cache.article(
                article_key(page.url, title, tags, content),
                lambda: article_search_page(page.url, title, tags, content),
            )
        if self.build and page.file.generated_by and "seed" in page.meta:
            # An article's page carries its own previous/next pair in date order (render/article.py,
            # on any theme and in exports): the theme's pair (file order) would be a second one.
            page.previous_page = page.next_page = None
        # Material's "view source"/"edit" buttons point at the raw seed, not at a generated file.
        if self.build and self.settings and self.settings.seed_url_base:
            seed = page.meta.get("seed")
            if isinstance(seed, str) and page.file.generated_by:
                base = self.settings.seed_url_base
                page.edit_url = file_url(base.replace("/blob/", "/edit/", 1), seed)
        return context

    @event_priority(-100)  # after every other plugin used the page
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if self.one_build and page.file.generated_by and "seed" in page.meta:
            # The article's HTML is written and indexed: MkDocs would keep every page's
            # Markdown and HTML until the build ends.
            page.content = None
            page.markdown = None
        return output

    @event_priority(100)  # before Material's search plugin writes search_index.json
    def _complete_material_index(self, *, config: MkDocsConfig) -> None:
        if self.material_search is not None:
            self.material_search.complete(config)

    @event_priority(-100)  # after Material's search plugin wrote search_index.json
    def _write_outputs(self, *, config: MkDocsConfig) -> None:
        try:
            self._write_build_outputs(config)
        finally:
            if self.collector is not None:
                self.collector.build_ended()

    def _write_build_outputs(self, config: MkDocsConfig) -> None:
        if not self.build:
            return
        if self.dirty and not self.one_build:
            self.generated_pages.keep(self.generated_files, self.build.pages)
            self._remember_read_pages()
        self.generated_files = {}
        from .search.index import write_search_index

        site_dir = Path(config.site_dir)
        self._remove_withdrawn(config)
        # Kept between builds: a dirty rebuild renders only the changed articles.
        self.article_search = {
            record.src_uri: self.article_search[record.src_uri]
            for record in self.build.articles
            if record.src_uri in self.article_search
        }
        material = _is_material(config)  # only Material's search box runs our worker
        articles = list(self.article_search.values())
        docs = material_entries(config) if material else []
        if self.one_build:
            # Read once, then the index drops them as it goes (the memory peak of the build).
            self.article_search = {}
            release_material_entries(config)
        if material:
            write_search_index(
                site_dir,
                self.build,
                articles,
                writer=self.search_files,
                docs=docs,
                cache=self.search_cache,
                release=self.one_build,
                on_read=self._search_pages_read,
            )
        del articles, docs  # written: the memory goes to the feeds
        write_feeds(
            site_dir,
            config.site_url or "",
            self.build,
            config.site_name,
            config.site_description or "",
            memory=None if self.one_build else self.feeds,  # no next build to reuse the items
        )
        # The build log ends with what happened to every seed.
        log.info(self.build.summary())
        # Under `serve`, the state file is written now, while the browsers reload.
        start_deferred()

    on_post_build = CombinedEvent(_complete_material_index, _write_outputs)

    def _search_pages_read(self) -> None:
        """Every page's search parts are made: keep them on disk (in the background) for the next build."""
        # A dirty build reads only the changed articles: the others' sections stay kept.
        self.search_cache.end_build(live_articles=self.article_search.values())
        self.search_cache.save(self.settings)
        if self.one_build:
            self.search_cache.release()  # the writer has its copy: the memory goes to the index

    def _remove_withdrawn(self, config: MkDocsConfig) -> None:
        """Delete the output of pages a `--dirty` build no longer makes (their seed is gone)."""
        for src_uri in self.withdrawn:
            dest = Path(
                File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls).abs_dest_path
            )
            dest.unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # the folder may hold other files: keep it then
                if dest.name == "index.html":
                    dest.parent.rmdir()
        self.withdrawn = []

    def on_serve(self, server, *, config: MkDocsConfig, builder):
        assert self.settings is not None
        server.watch(str(self.settings.seeds_dir))
        for extra in (self.settings.glossary_file, self.settings.topics_file):
            if extra is not None and extra.exists():
                server.watch(str(extra))
        return server
