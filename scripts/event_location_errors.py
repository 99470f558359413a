"""Error analysis of the learned event-location chooser on EventLocation, with held-out fold predictions.

    python scripts/event_location_errors.py                       # ../shared/eval/EventLocation-dev.jsonl
    python scripts/event_location_errors.py --cache /tmp/evloc_records.pkl   # parse once, reuse later

Every record is predicted by the model trained on the other folds (split by document, as in
``scripts/train_event_location.py``). The script prints

1. the errors by category: a place chosen where the gold says none, none chosen where the gold has a place,
   a wrong place, a partial span (overlaps a gold span but is not one), and how many gold places are among no
   candidate at all;
2. the scores and error categories per ``meta.source`` and per ``meta.gold_relabel``;
3. annotation inconsistency: identical sentences (same text, same verb) labelled differently; "constructions"
   (verb lemma + governing preposition and where it attaches + entity label of the candidate) that are the gold
   place in some sentences and the verb's sentence says "no location" in others, how the rate differs by source;
4. upper bounds: the best accuracy ANY chooser can reach when all it sees of a sentence is its signature (the
   verb lemma and the multiset of its candidates' constructions): the majority answer of each group of sentences
   with one signature. It is an optimistic bound (fitted on the very records it scores).

Meta fields (source, relabel flag) are read here for the tables only; they are no features of the model. The
gold is read only to score and to label the constructions.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_event_location import REPO, Record, build, model_pick, train_weights

from geomap.pipeline import DEFAULT_MODEL
from geomap.pipeline.event_location import NONE, LocationScorer

Span = tuple[int, int]
CATEGORIES = ("ok", "place_for_none", "none_for_place", "wrong_place", "partial")


def _overlaps(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def held_out_predictions(records: list[Record], *, folds: int, l2: float,
                         calibrate: bool = True) -> dict[str, Span | None]:
    """Each record's pick by the model trained (and its "no location" bias chosen) on the other folds, as in
    ``scripts/train_event_location.py``."""
    pred: dict[str, Span | None] = {}
    for k in range(folds):
        weights, _ = train_weights([r for r in records if r["fold"] != k], l2=l2, calibrate=calibrate)
        pick = model_pick(LocationScorer(weights))
        pred.update((r["id"], pick(r)) for r in records if r["fold"] == k)
    return pred


def category(r: Record, p: Span | None) -> str:
    g = r["gold"]
    if not g:
        return "ok" if p is None else "place_for_none"
    if p is None:
        return "none_for_place"
    if p in g:
        return "ok"
    return "partial" if any(_overlaps(p, s) for s in g) else "wrong_place"


def reachable(r: Record) -> bool:
    """The gold answer is among the options (always, for "no location")."""
    if not r["gold"]:
        return True
    return bool(r["options"]) and any(span in r["gold"] for span, _ in r["options"])


def scores(rs: list[Record], pick: Callable[[Record], Span | None]) -> dict[str, float]:
    loc = [r for r in rs if r["gold"]]
    none = [r for r in rs if not r["gold"]]
    exact = sum(pick(r) in r["gold"] for r in loc)
    over = sum(pick(r) is not None and any(_overlaps(pick(r), s) for s in r["gold"]) for r in loc)
    ok_none = sum(pick(r) is None for r in none)
    return {"n": len(rs), "n_loc": len(loc), "n_none": len(none), "exact": exact / max(len(loc), 1),
            "overlap": over / max(len(loc), 1), "none": ok_none / max(len(none), 1),
            "overall": (exact + ok_none) / max(len(rs), 1)}


# -- constructions -----------------------------------------------------------------------------------------
def verb_lemma(r: Record) -> str:
    for span, feats in r["options"] or []:
        if span is None:
            for f in feats:
                if f.startswith(f"{NONE}:lemma:"):
                    return f.split(":", 2)[2]
    return "?"


def construction(feats: set[str], *, where: bool) -> tuple[str, str]:
    """(preposition[@where it attaches], entity label of the candidate's root) from a candidate's features."""
    word, at, ent = "-", "", "-"
    for f in feats:
        if f.startswith("prep:") and "@" not in f and f != "prep:-":
            word = f[5:]
        elif f.startswith(("prep:loc@", "prep:other@")):
            at = f.split("@", 1)[1]
        elif f.startswith("ent:") and f.count(":") == 1:
            ent = f[4:]
    return (f"{word}@{at}" if where and word != "-" else word), ent


def _pct(a: int, b: int) -> str:
    return f"{100 * a / max(b, 1):5.1f}%"


# -- tables ------------------------------------------------------------------------------------------------
def table_errors(records: list[Record], pred: dict, meta: dict) -> None:
    cats = Counter(category(r, pred[r["id"]]) for r in records)
    n = len(records)
    loc = [r for r in records if r["gold"]]
    print(f"\n== 1. held-out errors by category ({n} records, {len(loc)} with a gold place, "
          f"{n - len(loc)} without)")
    for c in CATEGORIES:
        print(f"  {c:<16}{cats[c]:5d}  {_pct(cats[c], n)} of records")
    unreach = [r for r in loc if not reachable(r)]
    print(f"  gold place among no candidate: {len(unreach)} ({_pct(len(unreach), len(loc))} of records with a place)"
          f"; their predictions: {dict(Counter(category(r, pred[r['id']]) for r in unreach))}")
    wrong = [r for r in loc if category(r, pred[r["id"]]) == "wrong_place"]
    nested = sum(any(_overlaps(s, o) for s in r["gold"] for o, _ in r["options"][1:]
                     if o is not None and o != pred[r["id"]]) for r in wrong)
    print(f"  wrong_place where the sentence had the gold span as a candidate: "
          f"{sum(reachable(r) for r in wrong)} of {len(wrong)} ({nested} with some candidate overlapping gold)")

    def by(key: str, title: str) -> None:
        groups: dict[str, list[Record]] = defaultdict(list)
        for r in records:
            groups[str(meta[r["id"]].get(key))].append(r)
        print(f"\n== 2. held-out scores and errors by {title}")
        print(f"  {'group':<14}{'n':>5}{'loc':>5}{'none':>5} {'exact':>6}{'ovl':>6}{'none':>6}{'all':>6} |"
              + "".join(f"{c[:12]:>14}" for c in CATEGORIES[1:]) + "  unreach.")
        for g, rs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            s = scores(rs, lambda r: pred[r["id"]])
            cs = Counter(category(r, pred[r["id"]]) for r in rs)
            print(f"  {g:<14}{s['n']:5d}{s['n_loc']:5d}{s['n_none']:5d} {s['exact']:6.3f}{s['overlap']:6.3f}"
                  f"{s['none']:6.3f}{s['overall']:6.3f} |" + "".join(f"{cs[c]:14d}" for c in CATEGORIES[1:])
                  + f"{sum(not reachable(r) for r in rs):9d}")
    by("source", "meta.source (exact/overlap: of records with a gold place; none: of records without)")
    by("gold_relabel", "meta.gold_relabel")


def table_duplicates(records: list[Record], meta: dict) -> int:
    groups: dict[tuple, list[Record]] = defaultdict(list)
    for r in records:
        m = meta[r["id"]]
        verbs = m["meta"].get("verbs") or []
        v = (verbs[0]["start"], verbs[0]["end"]) if verbs else None
        groups[(" ".join(m["text"].split()).lower(), v)].append(r)
    dup = [rs for rs in groups.values() if len(rs) > 1]
    conflict = [rs for rs in dup if len({tuple(sorted(r["gold"])) for r in rs}) > 1]
    floor = sum(len(rs) - Counter(tuple(sorted(r["gold"])) for r in rs).most_common(1)[0][1] for rs in conflict)
    place_none = sum(any(r["gold"] for r in rs) and any(not r["gold"] for r in rs) for rs in conflict)
    print(f"\n== 3a. identical sentence + verb: {len(dup)} groups ({sum(map(len, dup))} records); "
          f"{len(conflict)} groups ({sum(map(len, conflict))} records) disagree, {place_none} of them place vs none; "
          f"any chooser at all gets >= {floor} of these wrong ({_pct(floor, len(records))} of records)")
    return floor


def table_constructions(records: list[Record], meta: dict, *, where: bool, top: int = 15) -> None:
    """Each candidate with a governing preposition, labelled P (it is a gold span), N (the sentence has no
    location) or O (the sentence has another place)."""
    lab: dict[tuple, Counter] = defaultdict(Counter)
    src: dict[tuple, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for r in records:
        if not r["options"]:
            continue
        lemma = verb_lemma(r)
        for span, feats in r["options"][1:]:
            prep, ent = construction(feats, where=where)
            if prep == "-" or not _place_like(feats):
                continue
            key = (lemma, prep, ent)
            y = "P" if span in r["gold"] else "N" if not r["gold"] else "O"
            lab[key][y] += 1
            src[key][meta[r["id"]]["meta"].get("source", "?")][y] += 1
    multi = {k: c for k, c in lab.items() if c["P"] + c["N"] >= 2}
    conf = {k: c for k, c in multi.items() if c["P"] and c["N"]}
    inst = sum(c["P"] + c["N"] for c in multi.values())
    cinst = sum(c["P"] + c["N"] for c in conf.values())
    minority = sum(min(c["P"], c["N"]) for c in conf.values())
    title = "verb lemma + preposition@attachment + entity label" if where else "verb lemma + preposition + entity label"
    print(f"\n== 3b. constructions ({title}) of place-like candidates (recognised toponyms, GPE/LOC/FAC) under a "
          "preposition, P = the gold place, N = the sentence has no location")
    print(f"  {len(multi)} constructions seen >= 2 times as P or N ({inst} candidates); {len(conf)} are P in some "
          f"sentences and N in others ({cinst} candidates, {_pct(cinst, inst)}); the minority label of each: "
          f"{minority} candidates ({_pct(minority, inst)}) - what a decision by construction alone must get wrong")
    print("  most frequent conflicting constructions (P / N / O = another place is gold):")
    for k, c in sorted(conf.items(), key=lambda kv: -(kv[1]["P"] + kv[1]["N"]))[:top]:
        print(f"    {'|'.join(k):<34} P {c['P']:4d}  N {c['N']:4d}  O {c['O']:4d}   P share {c['P'] / (c['P'] + c['N']):.2f}")
    # does the source explain the conflict? P share within conflicting constructions, per source
    per: dict[str, Counter] = defaultdict(Counter)
    for k in conf:
        for s, c in src[k].items():
            per[s]["P"] += c["P"]
            per[s]["N"] += c["N"]
    print("  the same conflicting constructions, P share by meta.source (N = sentences of that source labelled none):")
    for s, c in sorted(per.items(), key=lambda kv: -(kv[1]["P"] + kv[1]["N"])):
        if c["P"] + c["N"] >= 10:
            print(f"    {s:<14} P {c['P']:4d}  N {c['N']:4d}   P share {c['P'] / (c['P'] + c['N']):.2f}")


def _place_like(feats: set[str]) -> bool:
    """A candidate the recogniser found, or a GPE/LOC/FAC entity (not a person's or an organisation's name)."""
    return any(f.startswith("src:top:") for f in feats) or bool({"ent:GPE", "ent:LOC", "ent:FAC"} & feats)


def signature_bound(records: list[Record], meta: dict, sig: Callable[[Record], tuple], *,
                    by_source: bool = False) -> dict[str, float]:
    """Best accuracy of any chooser that sees only ``sig(record)`` (verb lemma and constructions) and answers one
    construction among the sentence's candidates (right when any candidate with it is gold: optimistic) or none;
    the majority answer of each group, fitted on the very records it scores. With ``by_source`` the groups are
    also split by meta.source (how much of the conflict is between sources)."""
    groups: dict[tuple, list[tuple[bool, set]]] = defaultdict(list)
    for r in records:
        opts = r["options"] or [(None, {NONE})]
        answers = ({construction(f, where=True) + (_place_like(f),) for s, f in opts[1:] if s in r["gold"]}
                   if r["gold"] else {NONE})
        key = sig(r) + ((meta[r["id"]]["source"],) if by_source else ())
        groups[key].append((bool(r["gold"]), answers))
    ok_loc = ok_none = single = shared = ok_shared = 0
    for rs in groups.values():
        single += len(rs) == 1
        best = Counter(a for _, ans in rs for a in ans).most_common(1)
        best_a = best[0][0] if best else NONE
        ok = sum(best_a in ans for _, ans in rs)
        ok_loc += sum(has and best_a in ans for has, ans in rs)
        ok_none += sum(not has and best_a in ans for has, ans in rs)
        if len(rs) > 1:
            shared += len(rs)
            ok_shared += ok
    n_loc = sum(bool(r["gold"]) for r in records)
    return {"exact": ok_loc / n_loc, "none": ok_none / (len(records) - n_loc),
            "overall": (ok_loc + ok_none) / len(records), "groups": len(groups), "singletons": single,
            "shared": shared, "shared_acc": ok_shared / max(shared, 1)}


def table_bounds(records: list[Record], meta: dict, model: dict[str, float]) -> None:
    def cons(r: Record, keep: Callable[[set[str]], bool]) -> tuple:
        return tuple(sorted(construction(f, where=True) + (_place_like(f),)
                            for s, f in (r["options"] or [])[1:] if keep(f)))

    sigs = {
        "lemma + all candidates' (prep@attach, label)": lambda r: (verb_lemma(r), cons(r, lambda f: True)),
        "lemma + place-like candidates' (prep@attach, label)": lambda r: (verb_lemma(r), cons(r, _place_like)),
        "lemma + (prep@attach, label) of the rules' pick": lambda r: (verb_lemma(r), cons(r, lambda f: "rule:pick" in f)),
    }
    print("\n== 4. upper bounds: best accuracy of ANY chooser that sees only a signature of the sentence (majority "
          "answer per signature group, fitted on the records it scores; a gold place among no candidate is always "
          "wrong; a sentence alone in its group always right)")
    print(f"  held-out model for comparison: exact {model['exact']:.3f}  none {model['none']:.3f}  overall "
          f"{model['overall']:.3f}")
    for name, sig in sigs.items():
        for by_source in (False, True):
            b = signature_bound(records, meta, sig, by_source=by_source)
            print(f"  {name[:52]:<52}{' +source' if by_source else '        '}  exact <= {b['exact']:.3f}  none <= "
                  f"{b['none']:.3f}  overall <= {b['overall']:.3f}  ({b['groups']} groups, {b['singletons']} singletons; "
                  f"the {b['shared']} records sharing a signature: <= {b['shared_acc']:.3f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(REPO.parent / "shared" / "eval" / "EventLocation-dev.jsonl"))
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=None, help="L2 of the conditional logit (default: as shipped)")
    ap.add_argument("--no-calibrate", action="store_true", help='no bias on the "no location" weight')
    ap.add_argument("--cache", help="pickle of the parsed records: read when it exists, else written")
    args = ap.parse_args(argv)
    if args.l2 is None:
        from geomap.pipeline.event_location import WEIGHTS_PATH
        args.l2 = float(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8")).get("l2", 1.0))
    if args.cache and Path(args.cache).exists():
        records = pickle.loads(Path(args.cache).read_bytes())
    else:
        records = build(Path(args.corpus), model=args.model, folds=args.folds)
        if args.cache:
            Path(args.cache).write_bytes(pickle.dumps(records))
    meta = {}
    with open(args.corpus, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                obj = json.loads(line)
                meta[obj["id"]] = {"text": obj["text"], "meta": obj.get("meta") or {},
                                   "source": (obj.get("meta") or {}).get("source"),
                                   "gold_relabel": (obj.get("meta") or {}).get("gold_relabel")}
    pred = held_out_predictions(records, folds=args.folds, l2=args.l2, calibrate=not args.no_calibrate)
    s = scores(records, lambda r: pred[r["id"]])
    print(f"held-out ({args.folds} folds by document, l2 {args.l2}, no-location bias "
          f"{'off' if args.no_calibrate else 'chosen on the training folds'}): exact {s['exact']:.3f}  overlap "
          f"{s['overlap']:.3f}  none {s['none']:.3f}  overall {s['overall']:.3f}")
    table_errors(records, pred, meta)
    table_duplicates(records, meta)
    table_constructions(records, meta, where=False)
    table_constructions(records, meta, where=True, top=8)
    table_bounds(records, meta, s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
