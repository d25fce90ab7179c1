using System.Text.Json;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal static class ThemeLabels
{
    public static IReadOnlyList<string> Of(IEnumerable<string> themeNames) =>
        themeNames.Select(n => Enum.TryParse<ModerationTheme>(n, out var theme) ? ModerationThemes.Label(theme) : n).ToList();
}
