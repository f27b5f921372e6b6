// Design-time host for `dotnet ef` (see scripts/migration-add); it has no behaviour of its own.
return 0;
