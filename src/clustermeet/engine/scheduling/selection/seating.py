"""Tables once the slots are fixed, with as few table changes as we can find.

A table change is a person's two consecutive meetings (in slot order, over the whole event)
at different tables. Each meeting has two people; where one of them can stay put, the
meeting should be at that person's table. So:

1. Booths: a host organisation's busiest on-site person holds its booth, and every one of
   their on-site meetings is there (two booth holders meeting: the busier one's booth).
   These meetings are pinned: a booth holder never moves but for a virtual meeting, a
   meeting with another booth holder, or a table the organiser locked.
2. Anchors: each other meeting is anchored to one of its two people, the one who keeps
   more of their consecutive meetings together that way (hill-climbing on that count,
   starting from the busier side). A run of a person's consecutive anchored meetings of
   one kind gets one table for all its slots: tables are packed with runs, longest first,
   first fit on the slots still free at a table.
3. Reseating: slot by slot, all meetings of the slot that are not pinned are given tables
   by an exact minimum-cost assignment (`assignment.py`); the cost of a table for a
   meeting is how many of its people's previous and next meetings are elsewhere, with the
   other slots as they are. Then, at each cut between two slots, the tables of the later
   slots are renamed (a permutation; the same assignment solves it exactly) so that as
   many people as possible sit on across the cut. Both steps never raise the count; they
   are repeated until a round saves less than one change in a thousand (six rounds at most).
"""

from __future__ import annotations

from collections.abc import Sequence

from clustermeet.engine.scheduling.selection.assignment import min_cost_assignment
from clustermeet.engine.scheduling.selection.model import EventInstance, Placement

PASSES = 6


class Seating:
    """Meetings (request, slot) with a table each, and each person's agenda in slot order."""

    def __init__(self, instance: EventInstance, chosen: Sequence[tuple[int, int]]) -> None:
        self.instance = instance
        self.meetings = sorted(chosen, key=lambda k: (k[1], k[0]))
        self.people = [
            (instance.requests[r].first, instance.requests[r].second) for r, _ in self.meetings
        ]
        self.virtual = [instance.needs_virtual(r) for r, _ in self.meetings]
        self.table_of: list[int] = [-1] * len(self.meetings)
        self.agenda: dict[int, list[int]] = {}
        for i, pair in enumerate(self.people):  # meetings are in slot order already
            for p in pair:
                self.agenda.setdefault(p, []).append(i)
        self.position: list[dict[int, int]] = [{} for _ in self.meetings]
        for p, seq in self.agenda.items():
            for k, i in enumerate(seq):
                self.position[i][p] = k
        self.by_slot: list[list[int]] = [[] for _ in range(instance.n_slots)]
        for i, (_, t) in enumerate(self.meetings):
            self.by_slot[t].append(i)
        self.kinds = {
            kind: [j for j, table in enumerate(instance.tables) if table.virtual == kind]
            for kind in (False, True)
        }
        locked = {lock.request: lock.table for lock in instance.locks if lock.table is not None}
        self.pinned: dict[int, int] = {
            i: locked[r] for i, (r, _) in enumerate(self.meetings) if r in locked
        }

    @property
    def fixed_tables(self) -> set[int]:
        """Tables that hold a pinned meeting somewhere: never renamed."""
        return set(self.pinned.values())

    def neighbours(self, i: int, p: int) -> tuple[int, int]:
        """The meetings before and after meeting i in p's agenda (-1: none)."""
        seq, k = self.agenda[p], self.position[i][p]
        return (seq[k - 1] if k > 0 else -1), (seq[k + 1] if k + 1 < len(seq) else -1)

    def changes(self) -> int:
        t = self.table_of
        return sum(
            1
            for seq in self.agenda.values()
            for a, b in zip(seq, seq[1:], strict=False)
            if t[a] != t[b]
        )

    def placements(self) -> list[Placement]:
        return [Placement(r, s, self.table_of[i]) for i, (r, s) in enumerate(self.meetings)]


def seat_meetings(instance: EventInstance, chosen: Sequence[tuple[int, int]]) -> list[Placement]:
    """Tables for selection mode (see the module's docstring). Raises if a slot holds more
    meetings than tables of a kind, which the slot constraints rule out."""
    seating = Seating(instance, chosen)
    pin_booths(seating)
    plan_runs(seating, anchors(seating))
    fill_free(seating)
    crossing = crossing_pairs(seating)
    for _ in range(PASSES):
        saved = sum(reseat_slot(seating, t) for t in range(instance.n_slots))
        saved += sum(relabel_from(seating, t, crossing[t]) for t in range(1, instance.n_slots))
        if saved * 1000 < seating.changes() or not saved:
            break
    return seating.placements()


def pin_booths(seating: Seating) -> dict[int, int]:
    """Booth holders and their booths; pins their on-site meetings there."""
    instance = seating.instance
    count: dict[int, int] = {}
    for i, pair in enumerate(seating.people):
        if not seating.virtual[i]:
            for p in pair:
                count[p] = count.get(p, 0) + 1
    staff: dict[int, list[int]] = {}
    for p in count:
        staff.setdefault(instance.participants[p].organisation, []).append(p)
    booth: dict[int, int] = {}
    for j, table in enumerate(instance.tables):
        if table.host is None or table.virtual:
            continue
        members = [p for p in staff.get(table.host, []) if p not in booth]
        if members:
            booth[max(members, key=lambda p: (count[p], -p))] = j
    for i, pair in enumerate(seating.people):
        if seating.virtual[i] or i in seating.pinned:
            continue
        holders = [p for p in pair if p in booth]
        if holders:
            seating.pinned[i] = booth[max(holders, key=lambda p: (count[p], -p))]
    used: set[tuple[int, int]] = set()
    for i, j in seating.pinned.items():
        key = (seating.meetings[i][1], j)
        if key in used:  # a lock took this booth in this slot: the lock wins
            continue
        used.add(key)
        seating.table_of[i] = j
    for i, j in list(seating.pinned.items()):
        if seating.table_of[i] != j:
            del seating.pinned[i]
    return booth


def anchors(seating: Seating) -> list[int]:
    """For each meeting the person who stays (-1 for pinned ones), chosen so that as many
    consecutive pairs of a person's meetings as possible are both anchored to them."""
    count: dict[int, int] = {p: len(seq) for p, seq in seating.agenda.items()}
    anchor = [
        -1 if i in seating.pinned else max(pair, key=lambda p: (count[p], -p))
        for i, pair in enumerate(seating.people)
    ]

    def kept(i: int, p: int) -> int:
        """Pairs kept for p around meeting i, were p its anchor."""
        return sum(
            1
            for n in seating.neighbours(i, p)
            if n >= 0 and anchor[n] == p and seating.virtual[n] == seating.virtual[i]
        )

    for _ in range(3):
        flips = 0
        for i, (a, b) in enumerate(seating.people):
            if anchor[i] < 0:
                continue
            now, other = anchor[i], (b if anchor[i] == a else a)
            if kept(i, other) > kept(i, now):
                anchor[i] = other
                flips += 1
        if not flips:
            break
    return anchor


def plan_runs(seating: Seating, anchor: list[int]) -> None:
    """Give each run of two or more consecutive meetings anchored to one person one table."""
    runs: list[list[int]] = []
    for p, seq in seating.agenda.items():
        run: list[int] = []
        for i in seq:
            if anchor[i] == p and (not run or seating.virtual[run[-1]] == seating.virtual[i]):
                run.append(i)
                continue
            if len(run) > 1:
                runs.append(run)
            run = [i] if anchor[i] == p else []
        if len(run) > 1:
            runs.append(run)
    used = [0] * len(seating.instance.tables)  # slot bitmask per table
    for i, j in seating.pinned.items():
        used[j] |= 1 << seating.meetings[i][1]
    runs.sort(key=lambda run: (-len(run), run[0]))
    for run in runs:
        mask = 0
        for i in run:
            mask |= 1 << seating.meetings[i][1]
        for j in seating.kinds[seating.virtual[run[0]]]:
            if not used[j] & mask:
                used[j] |= mask
                for i in run:
                    seating.table_of[i] = j
                break


def fill_free(seating: Seating) -> None:
    """The meetings still without a table: a table of a neighbouring meeting if free, else
    the first free one of the right kind."""
    for t, slot in enumerate(seating.by_slot):
        taken = {seating.table_of[i] for i in slot if seating.table_of[i] >= 0}
        for i in slot:
            if seating.table_of[i] >= 0:
                continue
            kind = seating.virtual[i]
            wishes = [
                seating.table_of[n]
                for p in seating.people[i]
                for n in seating.neighbours(i, p)
                if n >= 0 and seating.table_of[n] >= 0 and seating.virtual[n] == kind
            ]
            choice = next((j for j in wishes if j not in taken), -1)
            if choice < 0:
                choice = next((j for j in seating.kinds[kind] if j not in taken), -1)
            if choice < 0:
                kind_name = "virtual" if kind else "on-site"
                raise ValueError(f"no free {kind_name} table in slot {t}")
            taken.add(choice)
            seating.table_of[i] = choice


def reseat_slot(seating: Seating, t: int) -> int:
    """Re-give the tables of slot t by an exact assignment: least table changes around the
    slot, the other slots fixed; ties keep the current table. Returns changes saved."""
    table_of = seating.table_of
    saved = 0
    pinned_tables = {table_of[i] for i in seating.by_slot[t] if i in seating.pinned}
    for kind in (False, True):
        rows = [i for i in seating.by_slot[t] if seating.virtual[i] == kind]
        rows = [i for i in rows if i not in seating.pinned]
        if not rows:
            continue
        gains: list[dict[int, int]] = []
        for i in rows:
            gain: dict[int, int] = {table_of[i]: 0}
            for p in seating.people[i]:
                for n in seating.neighbours(i, p):
                    if n >= 0 and seating.virtual[n] == kind and table_of[n] not in pinned_tables:
                        gain[table_of[n]] = gain.get(table_of[n], 0) + 1
            gains.append(gain)
        before = sum(g[table_of[i]] for g, i in zip(gains, rows, strict=True))
        # Weight: gains first, then staying at the current table; a private column per
        # row stands for "any free table" (weight 0).
        scale = len(rows) + 1
        column: dict[int, int] = {}
        edges: list[list[tuple[int, int]]] = []
        top = 4 * scale + 1
        for k, (i, gain) in enumerate(zip(rows, gains, strict=True)):
            row = [
                (
                    len(rows) + column.setdefault(j, len(column)),
                    top - g * scale - (j == table_of[i]),
                )
                for j, g in gain.items()
            ]
            edges.append([*row, (k, top)])
        choice = min_cost_assignment(edges, len(rows) + len(column))
        tables = {c: j for j, c in column.items()}
        claimed = {tables[c - len(rows)] for c in choice if c >= len(rows)}
        free = (j for j in seating.kinds[kind] if j not in claimed and j not in pinned_tables)
        after = 0
        for k, (i, c) in enumerate(zip(rows, choice, strict=True)):
            table_of[i] = tables[c - len(rows)] if c >= len(rows) else next(free)
            after += gains[k].get(table_of[i], 0)
        saved += after - before
    return saved


def crossing_pairs(seating: Seating) -> list[list[tuple[int, int]]]:
    """For each slot t, each person's consecutive meetings (a, b) with a before t <= b."""
    slot = [t for _, t in seating.meetings]
    result: list[list[tuple[int, int]]] = [[] for _ in range(seating.instance.n_slots)]
    for seq in seating.agenda.values():
        for a, b in zip(seq, seq[1:], strict=False):
            for t in range(slot[a] + 1, slot[b] + 1):
                result[t].append((a, b))
    return result


def relabel_from(seating: Seating, t: int, pairs: Sequence[tuple[int, int]]) -> int:
    """Rename tables from slot t on (a permutation of the tables of each kind that hold no
    pinned meeting) so that as many people as possible sit on across t; nothing changes
    before t nor within the later slots. Exact, by an assignment; returns changes saved."""
    table_of = seating.table_of
    fixed = seating.fixed_tables
    saved = 0
    for kind in (False, True):
        weight: dict[tuple[int, int], int] = {}
        for a, b in pairs:
            if seating.virtual[a] != kind or seating.virtual[b] != kind:
                continue
            ta, tb = table_of[a], table_of[b]
            if ta in fixed or tb in fixed:
                continue
            weight[(tb, ta)] = weight.get((tb, ta), 0) + 1
        if not weight:
            continue
        rows = sorted({tb for tb, _ in weight})
        row_of = {tb: k for k, tb in enumerate(rows)}
        for tb in rows:
            weight.setdefault((tb, tb), 0)
        scale = len(rows) + 1
        top = max(weight.values()) * scale + 1
        column: dict[int, int] = {}
        edges: list[list[tuple[int, int]]] = [[(k, top)] for k in range(len(rows))]
        for (tb, ta), w in weight.items():
            c = len(rows) + column.setdefault(ta, len(column))
            edges[row_of[tb]].append((c, top - w * scale - (ta == tb)))
        choice = min_cost_assignment(edges, len(rows) + len(column))
        label = {c: ta for ta, c in column.items()}
        rename = {
            tb: label[c - len(rows)] for tb, c in zip(rows, choice, strict=True) if c >= len(rows)
        }
        # A permutation: each target that was no source takes a source that is no target.
        targets = set(rename.values())
        sources = [x for x in rename if x not in targets]
        for x in [y for y in rename.values() if y not in rename]:
            rename[x] = sources.pop()
        gain = sum(weight.get((tb, rename.get(tb, tb)), 0) - weight[(tb, tb)] for tb in rows)
        if gain <= 0:
            continue
        rename = {x: y for x, y in rename.items() if x != y}
        for s in range(t, seating.instance.n_slots):
            for i in seating.by_slot[s]:
                if seating.virtual[i] == kind and table_of[i] in rename:
                    table_of[i] = rename[table_of[i]]
        saved += gain
    return saved
