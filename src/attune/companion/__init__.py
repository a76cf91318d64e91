"""The companion: one check-in end to end, from text to reply, with the person's state handed in."""
