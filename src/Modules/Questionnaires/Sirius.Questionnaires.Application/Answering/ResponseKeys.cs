using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sirius.Questionnaires.Contracts;
using Sirius.Questionnaires.Domain.Responses;

namespace Sirius.Questionnaires.Application.Answering;

/// <summary>The secret a browser keeps for its response in progress: random, shown once, stored only as a hash.</summary>
internal static class ResponseKeys
{
    public static (string Secret, string Hash) NewSecret()
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, Hash(secret));
    }

    /// <summary>The response of this campaign the key opens, or null (unknown, other campaign, wrong secret).</summary>
    public static async Task<Response?> OpenAsync(this IQueryable<Response> responses, ResponseKey? key, Guid campaignId, CancellationToken cancellationToken)
    {
        if (key is null || key.Secret.Length is 0 or > 64)
        {
            return null;
        }

        var response = await responses.FirstOrDefaultAsync(r => r.Id == key.ResponseId && r.CampaignId == campaignId, cancellationToken);
        return response is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(response.SecretHash), Encoding.ASCII.GetBytes(Hash(key.Secret)))
            ? response
            : null;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
