from __future__ import annotations

import json
import subprocess
import sys

from clustermeet.cli.main import main
from clustermeet.engine.matching.evaluate import evaluate, load_labelled

SET = {
    "organisations": [
        {
            "id": "plant",
            "name": "Plant",
            "country": "NO",
            "delegation": "EU",
            "type": "company",
            "ecosystems": ["Agri-food"],
            "description": "Fish processor",
            "items": [
                {
                    "id": "r1",
                    "type": "TR",
                    "title": "Fish fillet bone detection",
                    "description": "Find bones in fillets",
                    "language": "en",
                }
            ],
        },
        {
            "id": "vision",
            "name": "Vision",
            "country": "CA",
            "delegation": "Canada",
            "type": "company",
            "ecosystems": ["Agri-food"],
            "description": "Cameras",
            "items": [
                {
                    "id": "o1",
                    "type": "TO",
                    "title": "Bone detection in fish fillets",
                    "description": "X-ray finds bones in fillets",
                    "language": "en",
                }
            ],
        },
        {
            "id": "solar",
            "name": "Solar",
            "country": "DE",
            "delegation": "EU",
            "type": "company",
            "ecosystems": ["Energy-renewables"],
            "description": "Photovoltaics",
            "items": [
                {
                    "id": "o2",
                    "type": "TO",
                    "title": "Solar roof tiles",
                    "description": "Tiles that make electricity",
                    "language": "en",
                },
                {
                    "id": "r2",
                    "type": "TR",
                    "title": "Inverters for roof tiles",
                    "description": "We need inverters for solar roofs",
                    "language": "en",
                },
            ],
        },
    ],
    "pairs": [
        {
            "request_item": "r1",
            "offer_item": "o1",
            "cross_language": False,
            "lexical_overlap": "high",
        },
        {
            "request_item": "r2",
            "offer_item": "o1",
            "cross_language": True,
            "lexical_overlap": "low",
        },
    ],
}


def test_evaluate_counts_hits_and_reciprocal_ranks():
    labelled = load_labelled(SET)
    ranking = {"plant": [("vision", ()), ("solar", ())], "solar": [("plant", ()), ("vision", ())]}
    report = evaluate(labelled, lambda pid: ranking[pid])
    assert (
        report.overall.n,
        report.overall.recall_at_1,
        report.overall.recall_at_10,
        report.overall.mrr,
    ) == (2, 0.5, 1.0, 0.75)
    assert report.slices["cross_language"].mrr == 0.5


def test_evaluate_explanation_must_cite_both_items():
    labelled = load_labelled(SET)
    ranking = {
        "plant": [("vision", ("Fish fillet bone detection", "Bone detection in fish fillets"))],
        "solar": [("vision", ("Inverters for roof tiles",))],
    }
    report = evaluate(labelled, lambda pid: ranking[pid])
    assert report.overall.cites == 0.5


def test_match_eval_cli_prints_json(tmp_path, capsys):
    path = tmp_path / "set.json"
    path.write_text(json.dumps(SET))
    assert main(["match-eval", str(path), "--encoder", "tfidf", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["n"], report["recall@1"], sorted(report["slices"])) == (
        2,
        0.5,
        ["cross_language", "low_overlap"],
    )


def test_match_eval_cli_never_starts_django(tmp_path):
    path = tmp_path / "set.json"
    path.write_text(json.dumps(SET))
    code = (
        "import sys; from clustermeet.cli.main import main; "
        f"main(['match-eval', {str(path)!r}, '--encoder', 'tfidf', '--json']); "
        "print('django' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
