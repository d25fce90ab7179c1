using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sirius.BuildingBlocks;
using Sirius.Questionnaires.Contracts;
using Sirius.Testimonies.Contracts;
using Sirius.Testimonies.Application.Publication;
using Sirius.Testimonies.Domain;
using Sirius.Testimonies.Domain.Moderation;
using Sirius.Testimonies.Domain.Verbatims;

namespace Sirius.Testimonies.Application.Verbatims;

internal sealed record StoredAnswer(string QuestionKey, string ItemKey, string Value);
