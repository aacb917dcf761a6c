<?php

declare(strict_types=1);

namespace ErrorContract;

/** What every brand's generated ErrorIdentifier enum tells about each of its cases. */
interface Identifier extends \BackedEnum
{
    public function explanation(): string;

    /** Can sending the same request again succeed? */
    public function retryable(): bool;

    /** The identifier's entry on the brand's errors page. */
    public function docsUrl(): string;
}
