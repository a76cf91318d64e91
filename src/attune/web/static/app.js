// Attune: progressive enhancement only; every page works without script.
"use strict";
