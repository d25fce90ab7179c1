using Sirius.BuildingBlocks;

namespace Sirius.Questionnaires.Contracts;

/// <summary>At start-up: the shipped questionnaire becomes validated version 1 when no version exists yet (idempotent).</summary>
public sealed record EnsureDefaultQuestionnaire : ICommand<Result>;
