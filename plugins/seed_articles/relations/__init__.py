"""Cross-linking core: related articles, same-story groups, topics and people.

No MkDocs here; pages that show the results live in :mod:`seed_articles.pages`.
"""

from __future__ import annotations

from .memory import RelationMemory
from .model import Relation, RelationDoc
from .people import Person, PersonMention, build_people_index, find_people
from .similarity import DEFAULT_MIN_SIMILARITY, RelationIndex, compute_related, related_index, story_groups
from .stories import StorySettings
from .topics import Topic, assign_topics, load_topics

__all__ = [
    "DEFAULT_MIN_SIMILARITY",
    "Person",
    "PersonMention",
    "Relation",
    "RelationDoc",
    "RelationIndex",
    "RelationMemory",
    "StorySettings",
    "Topic",
    "assign_topics",
    "build_people_index",
    "compute_related",
    "find_people",
    "load_topics",
    "related_index",
    "story_groups",
]
