"""The review actions, by id. A str enum: ids are also the keys' settings names
("keys/accept"), so they must not change."""

from __future__ import annotations

from enum import StrEnum


class ActionId(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    EDIT = "edit"
    SAVE_EDIT = "save_edit"
    LEAVE_EDIT = "leave_edit"
    SKIP = "skip"
    NEXT = "next"
    PREVIOUS = "previous"
    NEXT_HUNK = "next_hunk"
    PREVIOUS_HUNK = "previous_hunk"
    TOGGLE_HUNK = "toggle_hunk"
    FROM_ORIGINAL = "from_original"
    UNDO = "undo"
    REDO = "redo"
    REGENERATE = "regenerate"
    NEXT_CANDIDATE = "next_candidate"
    PREVIOUS_CANDIDATE = "previous_candidate"
    SEARCH = "search"
    NOTE = "note"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"


# Actions that write to the project or only lead to a decision: off on a read-only project.
WRITING_ACTIONS = (
    ActionId.ACCEPT,
    ActionId.REJECT,
    ActionId.EDIT,
    ActionId.SAVE_EDIT,
    ActionId.SKIP,
    ActionId.TOGGLE_HUNK,
    ActionId.FROM_ORIGINAL,
    ActionId.UNDO,
    ActionId.REDO,
    ActionId.REGENERATE,
    ActionId.NOTE,
)
# Actions that would act on the old candidate while a new one is being written.
WAIT_FOR_CANDIDATE = frozenset(
    {
        ActionId.ACCEPT,
        ActionId.REJECT,
        ActionId.SKIP,
        ActionId.SAVE_EDIT,
        ActionId.EDIT,
        ActionId.TOGGLE_HUNK,
        ActionId.FROM_ORIGINAL,
        ActionId.UNDO,
        ActionId.REDO,
    }
)
