"""A corpus of hostile and broken seeds, written into a project by the tests.

Each entry says what the file holds and what the build must do with it:
``page`` seeds must become pages showing ``literal`` strings as text;
``problem`` seeds must be reported with a message containing ``message``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class HostileSeed:
    name: str
    content: bytes
    outcome: str  # "page" or "problem"
    message: tuple[str, ...] = ()  # words expected in the problem message (any of them)
    literal: tuple[str, ...] = field(default_factory=tuple)  # text the page must show as is


def _article(title: str, *body: str) -> bytes:
    return ("\n\n".join([title, *body]) + "\n").encode("utf-8")


SIZE_LIMIT = 200_000

HOSTILE_SEEDS: tuple[HostileSeed, ...] = (
    HostileSeed("empty.txt", b"", "problem", ("empty",)),
    HostileSeed("whitespace.txt", b"  \n\t\n\r\n   \n", "problem", ("empty", "whitespace")),
    HostileSeed(
        "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 40, "problem", ("binary", "NUL")
    ),
    HostileSeed(
        "undecodable.txt",
        b"Tin t\xe1\xbb\xa9c \x81\x8d\x8f\x90\x9d\x9e \xff\xfe\xfd \xc3\x28 \xa0\xa1" * 30,
        "problem",
        ("decode", "encoding"),
    ),
    HostileSeed(
        "huge.txt", ("Đoạn văn rất dài về quốc phòng. " * 8000).encode("utf-8"), "problem", ("limit",)
    ),
    HostileSeed(
        "html.txt",
        _article(
            "Bài có mã HTML độc hại",
            "Đoạn mở đầu có thẻ <script>alert('xss-script')</script> ở giữa câu.",
            "Ảnh giả <img src=x onerror=alert('xss-img')> và khung <iframe src=\"https://evil.example/\"></iframe>.",
            "<svg onload=alert('xss-svg')></svg> <a href=\"javascript:alert('xss-a')\">bấm vào</a>",
        ),
        "page",
        literal=(
            "<script>alert('xss-script')</script>",
            "<img src=x onerror=alert('xss-img')>",
            '<iframe src="https://evil.example/"></iframe>',
        ),
    ),
    HostileSeed(
        "markdown.txt",
        _article(
            "Bài có cú pháp Markdown",
            "Đoạn dẫn bình thường của bài viết về hợp tác quốc phòng.",
            "# Không phải tiêu đề",
            "* không phải danh sách",
            "> không phải trích dẫn",
            "| cột một | cột hai |\n|---|---|\n| a | b |",
            "[bấm đây](javascript:alert('xss-md'))",
            "[tham chiếu]: https://evil.example/ref",
            "[^1]: chú thích giả",
            "**không đậm** và _không nghiêng_ và `không mã`",
        ),
        "page",
        literal=(
            "# Không phải tiêu đề",
            "* không phải danh sách",
            "> không phải trích dẫn",
            "[bấm đây](javascript:alert('xss-md'))",
            "[tham chiếu]: https://evil.example/ref",
            "**không đậm**",
        ),
    ),
    HostileSeed(
        "template.txt",
        _article(
            "Bài có cú pháp mẫu Jinja",
            "Đoạn dẫn có {{ config.site_name }} và {% include 'base.html' %} trong câu.",
            # Mid-article on purpose: a short label line after the last paragraph is page
            # chrome on real pages (a button, a section name) and is rightly dropped there;
            # this file tests that kept text is shown literally, not chrome removal.
            "{{ 7*7 }} {# chú thích #}",
            "Đoạn cuối của bài viết mẫu kết thúc bằng một câu bình thường.",
        ),
        "page",
        literal=("{{ config.site_name }}", "{% include 'base.html' %}", "{{ 7*7 }}"),
    ),
    HostileSeed(
        "pymdown.txt",
        _article(
            "Bài có cú pháp pymdown",
            "Đoạn dẫn về đối ngoại quốc phòng.",
            '--8<-- "/etc/passwd"',
            '!!! note "Không phải hộp ghi chú"',
            "::: không phải khối",
            ":smile: và ==không tô== và ~~không gạch~~",
        ),
        "page",
        literal=('--8<-- "/etc/passwd"', '!!! note "Không phải hộp ghi chú"', "::: không phải khối"),
    ),
    HostileSeed(
        "title.txt",
        _article(
            "Tiêu đề <img src=x onerror=alert('xss-title')> & </title><script>alert('xss-t2')</script>",
            "Đoạn dẫn của bài có tiêu đề chứa mã HTML.",
        ),
        "page",
        literal=("<img src=x onerror=alert('xss-title')>", "</title><script>alert('xss-t2')</script>"),
    ),
    HostileSeed(
        "collision-a.txt",
        _article("Hội nghị trùng tên", "Bài thứ nhất có tiêu đề trùng với bài khác."),
        "page",
        literal=("Bài thứ nhất có tiêu đề trùng với bài khác.",),
    ),
    HostileSeed(
        "collision-b.txt",
        _article("Hội nghị trùng tên", "Bài thứ hai có tiêu đề trùng với bài khác."),
        "page",
        literal=("Bài thứ hai có tiêu đề trùng với bài khác.",),
    ),
    HostileSeed(
        "sidecar-broken.txt",
        _article("Bài có tệp YAML kèm theo hỏng", "Nội dung bình thường."),
        "problem",
        ("sidecar-broken.yml",),
    ),
)

#: Sidecar files written next to seeds.
SIDECARS: dict[str, bytes] = {"sidecar-broken.yml": b"title: [unclosed\nauthors: 3\n"}


def write_hostile_seeds(seeds_dir: Path) -> None:
    seeds_dir.mkdir(parents=True, exist_ok=True)
    for seed in HOSTILE_SEEDS:
        (seeds_dir / seed.name).write_bytes(seed.content)
    for name, content in SIDECARS.items():
        (seeds_dir / name).write_bytes(content)
