from attune.cli import main

raise SystemExit(main())
