package com.sportshub.racing.commands;

/** A declared runner: its cloth number, the horse and connections, its draw and weight (lbs). */
public record RunnerDraft(
    int cloth, String horse, String jockey, String trainer, Integer draw, Integer weightLbs) {}
