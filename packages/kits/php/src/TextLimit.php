<?php

// Generated from packages/client/codegen/text-limit.ts by packages/kits/codegen. Do not edit: run `pnpm generate`.

declare(strict_types=1);

namespace ErrorContract;

/** The text cut, how many characters an outcome keeps of each text it takes from a reply. */
interface TextLimit
{
    public const LIMIT = 4096;
}
