/**
 * The racing context's vocabulary: the race states, the tote conventions and the value records the
 * rules in {@code control} return. No behaviour beyond what a value needs to explain itself.
 */
package com.sportshub.racing.entity;
