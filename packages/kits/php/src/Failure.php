<?php

declare(strict_types=1);

namespace ErrorContract;

/**
 * What classifying a failed reply gives: exactly one of ApiError, UnknownApiError and UnexpectedResponse.
 * Every text in it is masked and at most Limits::TEXT_LIMIT characters long.
 */
interface Failure extends \Stringable
{
}
