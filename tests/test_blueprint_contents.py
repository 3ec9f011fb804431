"""Entity path query expressions (``contents=``) evaluate as Rerun's EntityPathFilter (anchors §7.3)."""

from __future__ import annotations

import pytest

import rerun_nb.blueprint as rrb
from rerun_nb.blueprint.contents import EntityPathFilter, split_expressions
from rerun_nb.errors import RerunWarning


def _effect(query, path, origin=""):
    return EntityPathFilter.parse(query).resolve(origin).effect(path)


def test_most_specific_rule_wins_whatever_the_order():
    query = """
        + /world/**
        - /world/
        - /world/car/**
        + /world/car/driver
    """
    for q in (query, "\n".join(reversed(query.strip().splitlines()))):
        assert _effect(q, "unworldly") is None
        assert _effect(q, "world") is False  # exact rule after the subtree rule of the same path
        assert _effect(q, "world/house") is True
        assert _effect(q, "world/car") is False
        assert _effect(q, "world/car/hood") is False
        assert _effect(q, "world/car/driver") is True
        assert _effect(q, "world/car/driver/head") is False


def test_origin_substitution_both_spellings():
    long = "annoyingly/long/path"
    for var in ("$origin", "${origin}"):
        q = [f"+ {var}/**", f"- {var}", f"- {var}/car/**", f"+ {var}/car/driver"]
        assert _effect(q, long, long) is False
        assert _effect(q, long + "/house", long) is True
        assert _effect(q, long + "/car/hood", long) is False
        assert _effect(q, long + "/car/driver", long) is True
        assert _effect(q, "unworldly", long) is None


def test_root_origin_and_everything():
    assert _effect("$origin/**", "a/b", "") is True
    assert _effect("/**", "", "") is True
    assert _effect("/", "", "") is True and _effect("/", "a", "") is None


def test_no_match_is_excluded_and_plus_is_optional():
    f = EntityPathFilter.parse("world/points").resolve("")
    assert f.matches("world/points") and not f.matches("world") and not f.matches("world/points/x")


def test_properties_excluded_unless_named():
    assert _effect("/**", "__properties/info", "") is False
    assert _effect("/**", "__properties", "") is False
    assert EntityPathFilter.parse("/**").resolve("").formatted() == "+ /**\n- /__properties/**"
    assert _effect(["/**", "+ /__properties/**"], "__properties/info", "") is True


def test_one_string_splits_on_newlines_and_whitespace():
    assert split_expressions("/world") == ["/world"]
    assert split_expressions("a b c") == ["a", "b", "c"]
    assert split_expressions("a\nb\tc  ") == ["a", "b", "c"]
    assert split_expressions(r"a\ b c") == [r"a\ b", "c"]
    assert split_expressions(" + a - b + c") == ["+ a", "- b", "+ c"]
    assert split_expressions("+ a -\n b + c") == ["+ a", "-", "b", "+ c"]
    assert split_expressions("/weird/path- +/oth- erpath") == ["/weird/path-", "+/oth-", "erpath"]
    assert split_expressions("+world/** -/world/points") == ["+world/**", "-/world/points"]
    assert split_expressions("+ world/** - /world/points") == ["+ world/**", "- /world/points"]


def test_escaped_space_in_a_path():
    assert _effect(r"+ /my\ world/**", r"my\ world/a", "") is True


def test_same_rule_twice_the_later_effect_wins():
    assert _effect(["+ /a", "- /a"], "a") is False
    assert _effect(["- /a", "+ /a"], "a") is True


def test_unsupported_wildcards_warn_and_are_ignored():
    with pytest.warns(RerunWarning, match="only \\$origin and a trailing"):
        f = EntityPathFilter.parse(["+ /a/*/b", "+ /c/**"]).resolve("")
    assert f.matches("c/d") and not f.matches("a/x/b")


def test_resolve_contents_of_views():
    paths = ["world", "world/points", "world/debug", "world/debug/x", "image", "image/points", "log"]
    v = rrb.Spatial3DView(origin="/world", contents=["+ $origin/**", "- /world/debug/**"])
    assert rrb.resolve_contents(v, paths) == ["world", "world/points"]
    v = rrb.Spatial3DView(origin="/world", contents="+ /world/**\n- /world/debug")
    assert rrb.resolve_contents(v, paths) == ["world", "world/debug/x", "world/points"]
    assert rrb.resolve_contents(rrb.TextLogView(), paths) == sorted(paths)
    assert rrb.resolve_contents(rrb.TimeSeriesView(origin="log", contents="$origin"), paths) == ["log"]


def test_natural_path_order():
    paths = ["p10", "p2", "p1", "__x", "a"]
    assert rrb.resolve_contents(
        rrb.View(class_identifier="3D", origin="/", contents="/**", name=None), paths
    ) == [
        "a",
        "p1",
        "p2",
        "p10",
        "__x",
    ]


def test_is_superset_of_as_rerun():
    def sup(a, b):
        return EntityPathFilter.parse(a).resolve("").is_superset_of(EntityPathFilter.parse(b).resolve(""))

    assert sup("+ /**", "+ /a/**") and sup("+ /**", "+ /a/**\n+ /b/c")
    assert sup("+ /a/**", "+ /a/b/**") and not sup("+ /a/**", "+ /**")
    assert sup("+ /a\n+ /b/c", "+ /b/c") and not sup("+ /a\n+ /b/c", "+ /a/**")
    assert sup("+ /**\n- /b/c", "+ /b/c/d") and not sup("+ /**\n- /b/c", "+ /b/**")
    assert sup("+ /**\n- /b/c/**", "+ /b") and not sup("+ /**\n- /b/c/**", "+ /b/c/d")
