"""Routes for one role only. The other role hears 404, as if the route were not there for them."""

from __future__ import annotations

from fastapi import Depends, HTTPException

from attune.store.sessions import SignedIn
from attune.web.auth import api_user, page_user

NOT_FOUND = "Nothing here."


def only(who: SignedIn, role: str) -> SignedIn:
    if who.account.role != role:
        raise HTTPException(404, NOT_FOUND)
    return who


def api_person(who: SignedIn = Depends(api_user)) -> SignedIn:
    return only(who, "person")


def api_therapist(who: SignedIn = Depends(api_user)) -> SignedIn:
    return only(who, "therapist")


def page_person(who: SignedIn = Depends(page_user)) -> SignedIn:
    return only(who, "person")


def page_therapist(who: SignedIn = Depends(page_user)) -> SignedIn:
    return only(who, "therapist")
