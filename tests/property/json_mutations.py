"""Structural mutations of JSON documents, for the catalog and the machines' answers."""

from __future__ import annotations

import copy

from hypothesis import strategies as st


def paths(node, prefix=()):
    """Every place in the document that holds a value, as the path of keys and indexes."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*prefix, key)
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*prefix, index)
            yield from paths(value, (*prefix, index))


def _parent(document, path):
    node = document
    for step in path[:-1]:
        node = node[step]
    return node


ACTIONS = ("replace", "replace", "delete", "double", "wrap", "stringify", "marker")


def mutate(data, document, replacement, markers=("@@HUGE@@",)):
    """One change at a place drawn from ``data``; returns the (changed) document.

    ``marker`` puts one of ``markers`` in; the caller swaps it for raw text after
    ``json.dumps`` (a number of 5,000 digits, arrays nested thousands deep).
    """
    places = list(paths(document))
    if not places:
        return data.draw(replacement)
    path = places[data.draw(st.integers(0, len(places) - 1))]
    parent, last = _parent(document, path), path[-1]
    action = data.draw(st.sampled_from(ACTIONS))
    if action == "replace":
        parent[last] = data.draw(replacement)
    elif action == "delete":
        del parent[last]
    elif action == "double" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    elif action == "wrap":
        parent[last] = data.draw(st.sampled_from([[parent[last]], {"value": parent[last]}]))
    elif action == "stringify":
        value = parent[last]
        parent[last] = value if isinstance(value, str) else str(value)
    elif action == "marker":
        parent[last] = data.draw(st.sampled_from(markers))
    return document
