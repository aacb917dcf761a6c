<?php

declare(strict_types=1);

namespace ErrorContract;

/** A standard API error: an identifier of the brand's set, with what the contract says about it. */
final class ApiError implements Failure
{
    public readonly string $explanation;
    /** Can sending the same request again succeed? */
    public readonly bool $retryable;
    public readonly string $docsUrl;

    public function __construct(
        public readonly int $status,
        public readonly Identifier $identifier,
        public readonly string $message,
        /** Null when the reply had no request id header. */
        public readonly ?string $requestId,
        /** The body as text (UTF-8, as it came), masked, at most Limits::TEXT_LIMIT characters. */
        public readonly string $body,
    ) {
        $this->explanation = $identifier->explanation();
        $this->retryable = $identifier->retryable();
        $this->docsUrl = $identifier->docsUrl();
    }

    public function __toString(): string
    {
        return sprintf(
            '%s (%s): %s See %s',
            (string) $this->identifier->value,
            Text::httpPart($this->status, $this->requestId),
            $this->message,
            $this->docsUrl,
        );
    }
}
