package com.sportshub.racing.query;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A runner on the card. {@code weight} is stones-pounds ("11-7") from {@code weightLbs}; {@code
 * price} the current decimal price (null until quoted), {@code startingPrice} the price at the off;
 * {@code status} RUNNER or NON_RUNNER, with {@code withdrawal} set for a non-runner.
 */
public record RunnerView(
    int cloth,
    String horse,
    String jockey,
    String trainer,
    Integer draw,
    Integer weightLbs,
    String weight,
    String status,
    BigDecimal price,
    String fractional,
    String american,
    Instant priceAt,
    BigDecimal startingPrice,
    WithdrawalView withdrawal) {}
