/**
 * The most environments a product may have. Real products have two to five (Collaudo,
 * Produzione, an UAT…); a longer list is a host's mistake, refused (`tooManyEnvironments`).
 */
export const MAX_ENVIRONMENTS = 20;

/**
 * The most products the header's product menu takes. A customer area offers tens at most; the
 * menu renders every product (no virtualisation), so a longer list is refused (`tooManyProducts`).
 */
export const MAX_PRODUCTS = 100;
