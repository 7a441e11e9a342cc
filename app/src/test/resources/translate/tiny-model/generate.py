"""Generates the tiny "copy" Marian model used by the tests and `newsdesk bench marian`.

It has the layout of a Hugging Face Optimum export of an OPUS-MT model (encoder_model.onnx,
decoder_model.onnx without past key values, source.spm, target.spm, vocab.json, config.json) but
no learned weights: the encoder turns each source id into a one-hot vector of the vocabulary's
size (masked by attention_mask) and the decoder's logits at step t are the encoder state at
source position t (the last position once t runs past the source). Greedy decoding therefore
copies the source ids, </s> included, which lets the tests check segmentation, SentencePiece,
batching, padding, the decoding loop and detokenisation end to end.

Run once, by hand, and commit the outputs (a few KB); the build never runs it:
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install onnx==1.23.1 sentencepiece==0.2.2
    /tmp/venv/bin/python generate.py
"""
import io
import json
import os

import onnx
import sentencepiece as spm
from onnx import TensorProto, helper

HERE = os.path.dirname(os.path.abspath(__file__))
OPSET = 17  # old enough for ONNX Runtime 1.22 (the Java dependency)

CORPUS = """\
Привет мир. Как дела? Всё хорошо, спасибо.
Президент подписал закон о бюджете на следующий год.
В Москве прошла встреча министров иностранных дел.
Ъ ъ Ы ы Э э Ё ё Щ щ Ж ж Ч ч Ш ш Ю ю Я я Ф ф Ц ц Х х Й й Ь ь
Привіт світ. Як справи? Усе добре, дякую.
Верховна Рада ухвалила закон у Києві, Харкові та Одесі.
Ґ ґ Є є І і Ї ї ' гривня
Hello world. How are you? All is well, thank you.
The government said on Monday that prices rose by 3.5 percent.
A B C D E F G H I J K L M N O P Q R S T U V W X Y Z
a b c d e f g h i j k l m n o p q r s t u v w x y z
0 1 2 3 4 5 6 7 8 9 . , ; : ! ? - ( ) " « » — % / т.д. г. ул. Mr. Dr.
"""


def train_spm():
    out = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(CORPUS.splitlines() * 4),
        model_writer=out,
        model_type="unigram",
        vocab_size=260,
        hard_vocab_limit=False,
        character_coverage=1.0,
        unk_id=0, bos_id=-1, eos_id=-1, pad_id=-1,
        normalization_rule_name="identity",  # no precompiled NFKC table: keeps the file at a few KB
        minloglevel=2,
    )
    return out.getvalue()


def vocab_from(model_bytes):
    sp = spm.SentencePieceProcessor(model_proto=model_bytes)
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size()) if not sp.is_unknown(i)]
    # Marian's order: </s> first, <unk> second, <pad> last (pad is also the decoder start token)
    tokens = ["</s>", "<unk>"] + pieces + ["<pad>"]
    return {t: i for i, t in enumerate(tokens)}


def encoder(vocab_size):
    ints = lambda name, dims: helper.make_tensor_value_info(name, TensorProto.INT64, dims)
    nodes = [
        helper.make_node("Constant", [], ["depth"], value=helper.make_tensor("depth_v", TensorProto.INT64, [], [vocab_size])),
        helper.make_node("Constant", [], ["onoff"], value=helper.make_tensor("onoff_v", TensorProto.FLOAT, [2], [0.0, 1.0])),
        helper.make_node("OneHot", ["input_ids", "depth", "onoff"], ["one_hot"], axis=-1),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Constant", [], ["last_axis"], value=helper.make_tensor("last_axis_v", TensorProto.INT64, [1], [-1])),
        helper.make_node("Unsqueeze", ["mask_f", "last_axis"], ["mask_3d"]),
        helper.make_node("Mul", ["one_hot", "mask_3d"], ["last_hidden_state"]),
    ]
    graph = helper.make_graph(
        nodes, "tiny_copy_encoder",
        [ints("input_ids", ["batch_size", "encoder_sequence_length"]),
         ints("attention_mask", ["batch_size", "encoder_sequence_length"])],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT,
                                       ["batch_size", "encoder_sequence_length", vocab_size])])
    return finish(graph)


def decoder(vocab_size):
    ints = lambda name, dims: helper.make_tensor_value_info(name, TensorProto.INT64, dims)
    scalar = lambda name, v: helper.make_node(
        "Constant", [], [name], value=helper.make_tensor(name + "_v", TensorProto.INT64, [], [v]))
    nodes = [
        scalar("zero", 0), scalar("one", 1),
        helper.make_node("Shape", ["input_ids"], ["dec_shape"]),
        helper.make_node("Gather", ["dec_shape", "one"], ["dec_len"], axis=0),
        helper.make_node("Shape", ["encoder_hidden_states"], ["enc_shape"]),
        helper.make_node("Gather", ["enc_shape", "one"], ["enc_len"], axis=0),
        helper.make_node("Sub", ["enc_len", "one"], ["enc_last"]),
        helper.make_node("Range", ["zero", "dec_len", "one"], ["steps"]),
        helper.make_node("Min", ["steps", "enc_last"], ["positions"]),
        helper.make_node("Gather", ["encoder_hidden_states", "positions"], ["logits"], axis=1),
    ]
    graph = helper.make_graph(
        nodes, "tiny_copy_decoder",
        [ints("encoder_attention_mask", ["batch_size", "encoder_sequence_length"]),
         ints("input_ids", ["batch_size", "decoder_sequence_length"]),
         helper.make_tensor_value_info("encoder_hidden_states", TensorProto.FLOAT,
                                       ["batch_size", "encoder_sequence_length", vocab_size])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT,
                                       ["batch_size", "decoder_sequence_length", vocab_size])])
    return finish(graph)


def finish(graph):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="newsdesk-tiny-copy")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def main():
    model_bytes = train_spm()
    for name in ("source.spm", "target.spm"):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(model_bytes)
    vocab = vocab_from(model_bytes)
    with open(os.path.join(HERE, "vocab.json"), "w", encoding="utf-8") as f:
        json.dump(vocab, f, ensure_ascii=False, indent=0)
    size = len(vocab)
    pad = vocab["<pad>"]
    config = {
        "_comment": "tiny copy model for tests (app/src/test/resources/translate/tiny-model/generate.py)",
        "model_type": "marian", "architectures": ["MarianMTModel"],
        "vocab_size": size, "d_model": size,
        "decoder_start_token_id": pad, "pad_token_id": pad, "eos_token_id": vocab["</s>"],
        "max_length": 64, "num_beams": 1,
    }
    with open(os.path.join(HERE, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
        f.write("\n")
    onnx.save(encoder(size), os.path.join(HERE, "encoder_model.onnx"))
    onnx.save(decoder(size), os.path.join(HERE, "decoder_model.onnx"))
    print("vocabulary", size)


if __name__ == "__main__":
    main()
