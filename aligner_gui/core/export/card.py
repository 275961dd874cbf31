"""The export directory's README.md (a dataset card the Hugging Face Hub and
`datasets.load_dataset(DIR)` read) and its manifest.json."""

from __future__ import annotations

import json


def _yaml_list(items: list[str], indent: str) -> list[str]:
    return [f"{indent}- {json.dumps(item, ensure_ascii=False)}" for item in items]


def dataset_card(
    title: str, configs: dict[str, dict[str, str]], license_id: str, tasks: list[str], summary: list[str]
) -> str:
    """``configs``: config name -> split -> file pattern; the first is the default."""
    lines = ["---", "language:", *_yaml_list(["ar"], ""), f"license: {json.dumps(license_id)}"]
    lines += ["task_categories:", *_yaml_list(tasks, "")]
    lines.append("configs:")
    for number, (name, splits) in enumerate(configs.items()):
        lines.append(f"- config_name: {name}")
        if number == 0:
            lines.append("  default: true")
        lines.append("  data_files:")
        for split, pattern in splits.items():
            lines += [f"  - split: {split}", f"    path: {json.dumps(pattern)}"]
    lines += ["---", "", f"# {title}", "", *summary, ""]
    return "\n".join(lines)


def manifest_text(manifest: dict) -> str:
    return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
