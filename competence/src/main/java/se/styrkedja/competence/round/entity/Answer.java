package se.styrkedja.competence.round.entity;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One answer to one item, by the item's stable key: a value (a scale point, a level's value, 1 or 0
 * for yes or no) or a comment when {@code ANSWERED}, neither otherwise.
 */
@Schema(name = "RoundAnswer")
public record Answer(
    UUID itemKey,
    AnswerState state,
    @Schema(nullable = true) Integer value,
    @Schema(nullable = true) String comment) {}
