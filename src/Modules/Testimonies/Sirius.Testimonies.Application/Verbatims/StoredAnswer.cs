
namespace Sirius.Testimonies.Application.Verbatims;

internal sealed record StoredAnswer(string QuestionKey, string ItemKey, string Value);
