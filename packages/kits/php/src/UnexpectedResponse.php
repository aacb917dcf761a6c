<?php

declare(strict_types=1);

namespace ErrorContract;

/**
 * A reply that is not a standard error: an empty body, a body that is not JSON, JSON of the wrong shape, or a body
 * longer than the read limit (TOO_LARGE, of which body keeps the first part).
 */
final class UnexpectedResponse implements Failure
{
    public const EMPTY_BODY = 'empty-body';
    public const NOT_JSON = 'not-json';
    public const WRONG_SHAPE = 'wrong-shape';
    public const TOO_LARGE = 'too-large';

    public function __construct(
        public readonly int $status,
        /** One of EMPTY_BODY, NOT_JSON, WRONG_SHAPE, TOO_LARGE. */
        public readonly string $reason,
        public readonly ?string $contentType,
        public readonly ?string $requestId,
        public readonly string $body,
    ) {
    }

    public function __toString(): string
    {
        return sprintf(
            'unexpected response (%s, %s%s)',
            Text::httpPart($this->status, $this->requestId),
            $this->reason,
            $this->contentType ? ', ' . $this->contentType : '',
        );
    }
}
