"""Helpers for the publishing tests: a project with a seed whose metadata is hostile."""

from __future__ import annotations

from pathlib import Path

import yaml

#: A seed with a sidecar setting every field a feed or a meta tag shows, full of characters
#: that must be escaped in HTML attributes and XML.
SHARE_SEED = "900_share"
SHARE_TITLE = 'Hợp tác "song phương" </title><b>mở rộng</b> & bền vững'
SHARE_SUMMARY = "Tóm tắt có \"ngoặc kép\", <script>alert(1)</script> & dấu 'nháy'"
SHARE_AUTHORS = ["Nguyễn Văn <A>", "Trần Thị B"]
SHARE_TAGS = ["quốc phòng", 'hợp tác & "đối ngoại"']
SHARE_MONTH = "2023-05"


def add_share_seed(project: Path) -> None:
    seeds = project / "seeds"
    (seeds / f"{SHARE_SEED}.txt").write_text(
        "Hợp tác quốc phòng mở rộng và bền vững\n\n"
        "Bộ Quốc phòng đã tổ chức hội nghị về hợp tác quốc phòng với các nước láng giềng "
        "trong khu vực Đông Nam Á.\n\n"
        "Các đại biểu thống nhất tăng cường trao đổi đoàn, đào tạo và hợp tác gìn giữ hòa bình "
        "Liên hợp quốc trong năm tới.\n",
        encoding="utf-8",
    )
    sidecar = {
        "title": SHARE_TITLE,
        "date": SHARE_MONTH,
        "authors": SHARE_AUTHORS,
        "tags": SHARE_TAGS,
        "summary": SHARE_SUMMARY,
    }
    (seeds / f"{SHARE_SEED}.yml").write_text(yaml.safe_dump(sidecar, allow_unicode=True), encoding="utf-8")


def front_matter(markdown: str) -> dict:
    return yaml.safe_load(markdown.split("---\n", 2)[1])


def site_path_of(site: Path, url: str, site_url: str) -> Path:
    """The built file behind an absolute page URL of the site."""
    assert url.startswith(site_url), (url, site_url)
    relative = url[len(site_url) :]
    target = site / relative
    return target / "index.html" if relative.endswith("/") or not relative else target
