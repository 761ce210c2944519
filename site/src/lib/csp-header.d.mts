/** The Content-Security-Policy header a host should send with every file of the site (csp-header.mjs). */
export declare const contentSecurityPolicyHeader: string;
