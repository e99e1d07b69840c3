/**
 * The shared kernel: the few pieces every context would otherwise write again, kept tiny and boring
 * so that depending on it costs nothing. A tick loop for timers that must not overlap ({@link
 * com.sportshub.kernel.TickLoop}), the schema migrator ({@link
 * com.sportshub.kernel.SchemaMigrator}), JSON null helpers ({@link
 * com.sportshub.kernel.JsonNulls}), the one shape of a refused request ({@link
 * com.sportshub.kernel.Refusal}) and the back-off of a failing feed ({@link
 * com.sportshub.kernel.Backoff}).
 *
 * <p>The contexts and the web may depend on it; it depends on nothing of ours (ArchUnit checks),
 * and nothing here knows a sport. In the EAR it sits in {@code lib/}, so the contexts and the web
 * module see the same classes: the web maps every context's {@code Refusal} with one mapper.
 * Anything that would need a rule of one context does not belong here.
 */
package com.sportshub.kernel;
