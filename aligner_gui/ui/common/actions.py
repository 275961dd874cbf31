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
    REMOVE_ADDITION = "remove_addition"
    SPLIT_HUNK = "split_hunk"
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
    NEXT_PENDING = "next_pending"
    SHOW_ALL = "show_all"
    SHOW_PENDING = "show_pending"
    SHOW_ACCEPTED = "show_accepted"
    SHOW_EDITED = "show_edited"
    SHOW_REJECTED = "show_rejected"
    SHOW_SKIPPED = "show_skipped"
    SHOW_NO_REWRITE = "show_no_rewrite"


# The queue's state filter each "show" action chooses (None: every state).
SHOWN_STATES = {
    ActionId.SHOW_ALL: None,
    ActionId.SHOW_PENDING: "pending",
    ActionId.SHOW_ACCEPTED: "accepted",
    ActionId.SHOW_EDITED: "edited",
    ActionId.SHOW_REJECTED: "rejected",
    ActionId.SHOW_SKIPPED: "skipped",
    ActionId.SHOW_NO_REWRITE: "no_rewrite",
}


# Actions that write to the project or only lead to a decision: off on a read-only project.
WRITING_ACTIONS = (
    ActionId.ACCEPT,
    ActionId.REJECT,
    ActionId.EDIT,
    ActionId.SAVE_EDIT,
    ActionId.SKIP,
    ActionId.TOGGLE_HUNK,
    ActionId.REMOVE_ADDITION,
    ActionId.FROM_ORIGINAL,
    ActionId.UNDO,
    ActionId.REDO,
    ActionId.REGENERATE,
    ActionId.NOTE,
)
# Actions on the passage shown: off while none is (a project without passages yet).
PASSAGE_ACTIONS = (
    ActionId.ACCEPT,
    ActionId.REJECT,
    ActionId.EDIT,
    ActionId.SAVE_EDIT,
    ActionId.SKIP,
    ActionId.NEXT_HUNK,
    ActionId.PREVIOUS_HUNK,
    ActionId.TOGGLE_HUNK,
    ActionId.REMOVE_ADDITION,
    ActionId.SPLIT_HUNK,
    ActionId.FROM_ORIGINAL,
    ActionId.REGENERATE,
    ActionId.NEXT_CANDIDATE,
    ActionId.PREVIOUS_CANDIDATE,
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
        ActionId.REMOVE_ADDITION,
        ActionId.FROM_ORIGINAL,
        ActionId.UNDO,
        ActionId.REDO,
    }
)
