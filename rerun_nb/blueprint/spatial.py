"""Rerun's default 3D and 2D views (``view_3d.rs``, ``view_2d.rs``, ``heuristics.rs`` of re_view_spatial).

* 3D, per 3D-capable subspace with entities or pinhole children: a view at each ``ViewCoordinates``
  entity, plus one at the subspace origin if some 3D entity or pinhole child is not below those.
* 2D, per subspace with 2D entities: rooted at the subspace origin when a pinhole made it, else at the
  common ancestor of its 2D entities; split where images cannot be stacked (different sizes, more than
  one colour or depth image); no images: one view of the whole subtree.
* Each view excludes ``- <p>/**`` for the highest ancestor ``p`` of the other kind's entities that holds
  none of its own (the 3D view of ``/`` leaves out ``/image/**`` holding only 2D points).

Examples
--------
>>> import rerun_nb  # fills the archetype registry
>>> from rerun_nb.blueprint.topology import Topology
>>> t = Topology({"world/points": {"Points3D"}, "image/points": {"Points2D"}})
>>> [(o, f.expressions()) for o, f in views_3d(t)]
[('', ['+ $origin/**', '- /image/**'])]
>>> [(o, f.expressions()) for o, f in views_2d(t)]
[('image/points', ['+ $origin/**'])]
"""

from __future__ import annotations

from collections.abc import Mapping

from .. import entity_path as ep
from .contents import EntityPathFilter
from .kinds import COLOR_IMAGES, DEPTH_IMAGES, SEGMENTATION_IMAGES, kind_of
from .topology import Topology, common_ancestor, is_under

__all__ = ["indicated", "views_2d", "views_3d"]

Recommended = tuple[str, EntityPathFilter]
_SUBTREE = "$origin/**"
_SINGLE = "$origin"


def indicated(topo: Topology, kind: str, *, ignore: frozenset[str] = frozenset()) -> set[str]:
    """Entities with an archetype of ``kind`` (``"3d"`` or ``"2d"``), not counting the archetypes in ``ignore``."""
    return {
        p for p, archs in topo.entities.items() if any(kind_of(a) == kind and a not in ignore for a in archs)
    }


def _highest_free_ancestor(e: str, included: set[str], ancestors: set[str]) -> str | None:
    """The highest ancestor-or-self of ``e`` holding no ``included`` entity, or None (below one)."""
    highest: str | None = None
    current = e
    while (p := ep.parent(current)) is not None:
        if p in included:
            return None
        if highest is None and p in ancestors:
            highest = current
        current = p
    return highest if highest is not None else current


def exclusions(included: set[str], others: set[str]) -> list[str]:
    """Paths whose subtrees a view of ``included`` entities leaves out (entities of the other kind)."""
    ancestors = set(included)
    for e in included:
        ancestors.update(ep.ancestors(e))
    found = {_highest_free_ancestor(e, included, ancestors) for e in others if e not in ancestors}
    return sorted(p for p in found if p is not None)


def _with_exclusions(origin: str, query: str, excluded: list[str]) -> Recommended:
    return origin, EntityPathFilter.parse(query).with_exclusions(excluded, origin)


def views_3d(topo: Topology) -> list[Recommended]:
    """Recommended 3D views as ``(origin, filter)``."""
    own = indicated(topo, "3d")
    other = indicated(topo, "2d")
    excluded = exclusions(own, other)
    view_coords = {p for p, a in topo.entities.items() if "ViewCoordinates" in a}
    out: list[Recommended] = []
    for space in topo.spaces.values():
        if space.pinhole or (not space.entities and not space.children):
            continue
        origins = sorted(p for p in view_coords & space.entities if p not in space.children)
        uncovered = [
            e for e in (own & space.entities) | space.children if not any(is_under(e, o) for o in origins)
        ]
        if space.origin not in origins and uncovered:
            origins.append(space.origin)
        out.extend(_with_exclusions(o, _SUBTREE, excluded) for o in origins)
    return out


def _image_counts(topo: Topology, node: str, sizes: Mapping[str, object]) -> tuple[int, int, bool]:
    """(colour, depth) image counts below ``node`` and whether all its images share one size."""
    color = depth = 0
    seen: set[object] = set()
    for path in topo.subtree(node):
        archs = topo.entities.get(path, frozenset())
        n_color, n_depth = len(archs & COLOR_IMAGES), len(archs & DEPTH_IMAGES)
        if n_color or n_depth or archs & SEGMENTATION_IMAGES:
            seen.add(sizes.get(path))
        color, depth = color + n_color, depth + n_depth
    return color, depth, len(seen) == 1


def _has_images(topo: Topology, node: str) -> bool:
    images = COLOR_IMAGES | DEPTH_IMAGES | SEGMENTATION_IMAGES
    return any(topo.entities.get(p, frozenset()) & images for p in topo.subtree(node))


def _image_split(
    topo: Topology, node: str, relevant: set[str], sizes: Mapping[str, object], out: list[tuple[str, str]]
) -> None:
    if not _has_images(topo, node):
        return
    color, depth, same_size = _image_counts(topo, node, sizes)
    stackable = same_size and color <= 1 and depth <= 1
    if stackable and node in relevant:
        out.append((node, _SUBTREE))
        return
    before = len(out)
    if node in relevant:
        out.append((node, _SINGLE))
    for child in topo.children(node):
        _image_split(topo, child, relevant, sizes, out)
    if stackable and len(out) - before > 1:
        del out[before:]
        out.append((node, _SUBTREE))


def views_2d(topo: Topology, image_sizes: Mapping[str, object] | None = None) -> list[Recommended]:
    """Recommended 2D views as ``(origin, filter)``; ``image_sizes`` maps image entities to a size."""
    own = indicated(topo, "2d")
    other = indicated(topo, "3d", ignore=frozenset({"ViewCoordinates"}))
    excluded = exclusions(own, other)
    out: list[Recommended] = []
    for space in topo.spaces.values():
        relevant = own & space.entities
        if not relevant:
            continue
        root = space.origin if space.pinhole else common_ancestor(sorted(relevant))
        found: list[tuple[str, str]] = []
        _image_split(topo, root, relevant, image_sizes or {}, found)
        out.extend(_with_exclusions(o, q, excluded) for o, q in (found or [(root, _SUBTREE)]))
    return out
