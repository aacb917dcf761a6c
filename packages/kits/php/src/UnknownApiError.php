<?php

declare(strict_types=1);

namespace ErrorContract;

/** A well-formed error whose identifier the brand's set does not have, kept verbatim as a string. */
final class UnknownApiError implements Failure
{
    public function __construct(
        public readonly int $status,
        public readonly string $identifier,
        public readonly string $message,
        public readonly ?string $requestId,
        public readonly string $body,
    ) {
    }

    public function __toString(): string
    {
        return sprintf(
            '%s, an identifier this kit does not know (%s): %s',
            $this->identifier,
            Text::httpPart($this->status, $this->requestId),
            $this->message,
        );
    }
}
