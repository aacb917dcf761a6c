// Generated from spec/dist/markid/openapi.json by openapi-typescript. Do not edit: run `pnpm generate`.

export interface paths {
    "/api/v2/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a verification token
         * @description Creates the token that starts one verification session of an end user. Each token uses up one of the partner's verification credits.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the status of a verification
         * @description Reads where a verification stands. Safe to repeat.
         */
        post: operations["getVerificationStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get the data of a verification
         * @description Reads the data extracted from the document of a verification. Safe to repeat.
         */
        post: operations["getVerificationData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the images of a verification
         * @description Submits the images of a verification directly. This uses up the token, so a token can be processed once.
         */
        post: operations["processVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete the data of a verification
         * @description Deletes the personal data of a finished verification for good.
         */
        post: operations["deleteVerificationData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ClientId
         * @description Your own identifier of the end user, 1 to 100 printable ASCII characters.
         * @example user-8f14e45f
         */
        ClientId: string;
        /**
         * PersonName
         * @description A given name or surname as written in the document, without digits or special characters.
         * @example John
         */
        PersonName: string;
        /**
         * RedirectUrl
         * Format: uri
         * @description A URL the end user is sent to when the session ends.
         * @example https://partner.example.com/verification/done
         */
        RedirectUrl: string;
        /**
         * Locale
         * @description The language of the verification session's user interface.
         * @default en
         * @enum {string}
         */
        Locale: "en" | "lt" | "lv" | "et" | "ru" | "pl" | "de" | "fr" | "it" | "es" | "pt" | "nl" | "sv" | "fi" | "cs" | "sk" | "ro" | "uk" | "hu" | "bg" | "hr" | "el" | "tr" | "ja" | "zh";
        /**
         * ExpiryTime
         * @description Seconds until the token expires, up to 30 days.
         * @default 3600
         */
        ExpiryTime: number;
        /**
         * SessionLength
         * @description Seconds the end user has to finish the session once it starts.
         * @default 600
         */
        SessionLength: number;
        /**
         * CountryCode
         * @description An ISO 3166-1 alpha-2 country code, upper case.
         * @example LT
         * @enum {string}
         */
        CountryCode: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * DocumentType
         * @description A kind of identity document.
         * @enum {string}
         */
        DocumentType: "ID_CARD" | "PASSPORT" | "RESIDENCE_PERMIT" | "DRIVER_LICENSE" | "VISA" | "BORDER_CROSSING" | "ASYLUM" | "NATIONAL_PASSPORT" | "PROVISIONAL_DRIVER_LICENSE" | "VOTER_CARD" | "OTHER";
        /**
         * Date
         * Format: date
         * @description A calendar date written `YYYY-MM-DD`.
         * @example 1990-04-17
         */
        Date: string;
        /**
         * Sex
         * @description The sex written in the document, `M` or `F`.
         * @enum {string}
         */
        Sex: "M" | "F";
        /**
         * TokenType
         * @description The kind of verification session the token starts.
         * @default IDENTIFICATION
         * @enum {string}
         */
        TokenType: "IDENTIFICATION" | "DOCUMENT" | "VIDEO_CALL" | "VIDEO_CALL_PHOTOS" | "VIDEO_CALL_IDENTIFICATION";
        /**
         * ExternalRef
         * @description Your own reference of the verification, up to 40 characters.
         * @example order-10045
         */
        ExternalRef: string;
        /**
         * CreateTokenRequest
         * @description What the verification session should check and where the end user goes afterwards.
         * @example {
         *       "clientId": "user-8f14e45f",
         *       "firstName": "John",
         *       "lastName": "Smith",
         *       "country": "LT",
         *       "documents": [
         *         "ID_CARD",
         *         "PASSPORT"
         *       ],
         *       "dateOfBirth": "1990-04-17"
         *     }
         */
        CreateTokenRequest: {
            clientId: components["schemas"]["ClientId"];
            firstName?: components["schemas"]["PersonName"];
            lastName?: components["schemas"]["PersonName"];
            successUrl?: components["schemas"]["RedirectUrl"];
            errorUrl?: components["schemas"]["RedirectUrl"];
            unverifiedUrl?: components["schemas"]["RedirectUrl"];
            /**
             * Format: uri
             * @description An https URL that receives the verification result. Needs a permission in the partner's account.
             */
            callbackUrl?: string;
            locale?: components["schemas"]["Locale"];
            expiryTime?: components["schemas"]["ExpiryTime"];
            sessionLength?: components["schemas"]["SessionLength"];
            country?: components["schemas"]["CountryCode"];
            nationality?: components["schemas"]["CountryCode"];
            /** @description The document types the end user may choose from. */
            documents?: components["schemas"]["DocumentType"][];
            dateOfBirth?: components["schemas"]["Date"];
            dateOfExpiry?: components["schemas"]["Date"];
            dateOfIssue?: components["schemas"]["Date"];
            sex?: components["schemas"]["Sex"];
            /**
             * @description Also create a short digit string the end user can type instead of following a link. The partner's contract must include it.
             * @default false
             */
            generateDigitString?: boolean;
            tokenType?: components["schemas"]["TokenType"];
            externalRef?: components["schemas"]["ExternalRef"];
        };
        /**
         * AuthToken
         * @description The token that starts a verification session. It can be used once and expires.
         * @example kXRSRa1BFtHyrZ1cNBpPXv0Bcr3mdh5HFGkzaBe0
         */
        AuthToken: string;
        /**
         * ScanRef
         * @description The reference of a verification, returned when its token is created.
         * @example 3af0b5c8-4d2f-11ee-a2f7-0242ac120002
         */
        ScanRef: string;
        /**
         * CreateTokenResponse
         * @description The new token and the request's fields with their defaults applied.
         * @example {
         *       "message": "Token created successfully",
         *       "authToken": "kXRSRa1BFtHyrZ1cNBpPXv0Bcr3mdh5HFGkzaBe0",
         *       "scanRef": "3af0b5c8-4d2f-11ee-a2f7-0242ac120002",
         *       "clientId": "user-8f14e45f",
         *       "redirectUrl": "https://ivs.markid.eu/api/v2/redirect?authToken=kXRSRa1BFtHyrZ1cNBpPXv0Bcr3mdh5HFGkzaBe0",
         *       "digitString": null,
         *       "expiryTime": 3600,
         *       "sessionLength": 600,
         *       "tokenType": "IDENTIFICATION",
         *       "country": "LT"
         *     }
         */
        CreateTokenResponse: {
            /** @example Token created successfully */
            message: string;
            authToken: components["schemas"]["AuthToken"];
            scanRef: components["schemas"]["ScanRef"];
            clientId: components["schemas"]["ClientId"];
            /**
             * Format: uri
             * @description The URL that starts the verification session for the end user.
             */
            redirectUrl: string;
            /** @description The digit string, when `generateDigitString` was requested; otherwise null. */
            digitString: string | null;
            expiryTime: components["schemas"]["ExpiryTime"];
            sessionLength: components["schemas"]["SessionLength"];
            tokenType: components["schemas"]["TokenType"];
            firstName?: components["schemas"]["PersonName"];
            lastName?: components["schemas"]["PersonName"];
            successUrl?: components["schemas"]["RedirectUrl"];
            errorUrl?: components["schemas"]["RedirectUrl"];
            unverifiedUrl?: components["schemas"]["RedirectUrl"];
            locale?: components["schemas"]["Locale"];
            country?: components["schemas"]["CountryCode"];
            nationality?: components["schemas"]["CountryCode"];
            documents?: components["schemas"]["DocumentType"][];
            dateOfBirth?: components["schemas"]["Date"];
            externalRef?: components["schemas"]["ExternalRef"];
        };
        /**
         * ErrorIdentifier
         * @description A constant naming the type of a standard API error. It never changes, so code can act on it.
         * @enum {string}
         */
        ErrorIdentifier: "INTERNAL_ERROR" | "BAD_VALUE" | "MISSING_VALUE" | "UNAUTHORIZED" | "ENCODING_ERROR" | "JSON_ERROR" | "TOKEN_NOT_VALID" | "PARTNER_CONTRACT_ERROR" | "METHOD_NOT_ALLOWED" | "PERMISSIONS_ERROR";
        /**
         * ErrorResponse
         * @description The body of a standard API error. Real responses may carry more fields (for example `documentation`
         *     or `severity`), so clients must accept properties not listed here.
         */
        ErrorResponse: {
            /** @description A constant indicating a type of error. Never changes, therefore can be used in code to automate processes. For possible values see the table below. */
            identifier: components["schemas"]["ErrorIdentifier"];
            /** @description A human readable message describing an error. Mainly used for programers to get a clue of what went wrong. */
            message: string;
        };
        /**
         * ScanRefRequest
         * @description Names the verification to act on.
         * @example {
         *       "scanRef": "3af0b5c8-4d2f-11ee-a2f7-0242ac120002"
         *     }
         */
        ScanRefRequest: {
            scanRef: components["schemas"]["ScanRef"];
        };
        /**
         * VerificationStatus
         * @description The state of a verification.
         * @enum {string}
         */
        VerificationStatus: "ACTIVE" | "APPROVED" | "DENIED" | "SUSPECTED" | "REVIEWING" | "EXPIRED" | "EXPIRED-DELETED" | "DELETED";
        /**
         * StatusResponse
         * @description Where a verification stands.
         * @example {
         *       "status": "APPROVED",
         *       "scanRef": "3af0b5c8-4d2f-11ee-a2f7-0242ac120002",
         *       "clientId": "user-8f14e45f",
         *       "fraudTags": [],
         *       "mismatchTags": []
         *     }
         */
        StatusResponse: {
            status: components["schemas"]["VerificationStatus"];
            scanRef: components["schemas"]["ScanRef"];
            clientId: components["schemas"]["ClientId"];
            /** @description Signs of fraud found during the verification. */
            fraudTags?: string[];
            /** @description Fields whose document value differs from the value given when the token was created. */
            mismatchTags?: string[];
        };
        /**
         * DataResponse
         * @description The data read from the document of a verification. A field is null when it could not be read.
         * @example {
         *       "scanRef": "3af0b5c8-4d2f-11ee-a2f7-0242ac120002",
         *       "clientId": "user-8f14e45f",
         *       "docFirstName": "JOHN",
         *       "docLastName": "SMITH",
         *       "docNumber": "39001171234",
         *       "docPersonalCode": "39004170123",
         *       "docType": "ID_CARD",
         *       "docSex": "M",
         *       "docNationality": "LT",
         *       "docIssuingCountry": "LT",
         *       "docDob": "1990-04-17",
         *       "docExpiry": "2031-03-02",
         *       "docDateOfIssue": "2021-03-02"
         *     }
         */
        DataResponse: {
            scanRef: components["schemas"]["ScanRef"];
            clientId: components["schemas"]["ClientId"];
            docFirstName?: string | null;
            docLastName?: string | null;
            docNumber?: string | null;
            docPersonalCode?: string | null;
            docType?: components["schemas"]["DocumentType"] | null;
            docSex?: components["schemas"]["Sex"] | null;
            docNationality?: components["schemas"]["CountryCode"] | null;
            docIssuingCountry?: components["schemas"]["CountryCode"] | null;
            docDob?: components["schemas"]["Date"] | null;
            docExpiry?: components["schemas"]["Date"] | null;
            docDateOfIssue?: components["schemas"]["Date"] | null;
        };
        /**
         * Image
         * @description A JPEG or PNG image, base64-encoded, at most 6 MB before encoding.
         */
        Image: string;
        /**
         * ProcessRequest
         * @description The images of a verification session submitted directly, without the end user's session UI.
         * @example {
         *       "authToken": "kXRSRa1BFtHyrZ1cNBpPXv0Bcr3mdh5HFGkzaBe0",
         *       "country": "LT",
         *       "documentType": "PASSPORT",
         *       "images": {
         *         "FRONT": "/9j/4AAQSkZJRgABAQAAAQABAAA=",
         *         "FACE": "/9j/4AAQSkZJRgABAgAAAQABAAA="
         *       }
         *     }
         */
        ProcessRequest: {
            authToken: components["schemas"]["AuthToken"];
            country: components["schemas"]["CountryCode"];
            documentType: components["schemas"]["DocumentType"];
            /** @description One image per step. `BACK` is required for two-sided documents. */
            images: {
                FRONT: components["schemas"]["Image"];
                BACK?: components["schemas"]["Image"];
                FACE: components["schemas"]["Image"];
                UTILITY_BILL?: components["schemas"]["Image"];
            };
        };
    };
    responses: {
        /**
         * @description A standard API error. `identifier` names the error; `message` explains it to a person.
         *     The named examples are the identifiers this operation can return.
         */
        StandardError: {
            headers: {
                /** @description The id of the request, to quote when you contact support. */
                "X-Request-Id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description A standard API error. `identifier` names the error; `message` explains it to a person.
         *     The named examples are the identifiers this operation can return.
         */
        "StandardError.PARTNER_CONTRACT_ERROR.PERMISSIONS_ERROR": {
            headers: {
                /** @description The id of the request, to quote when you contact support. */
                "X-Request-Id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description A standard API error. `identifier` names the error; `message` explains it to a person.
         *     The named examples are the identifiers this operation can return.
         */
        "StandardError.TOKEN_NOT_VALID": {
            headers: {
                /** @description The id of the request, to quote when you contact support. */
                "X-Request-Id"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTokenRequest"];
            };
        };
        responses: {
            /** @description The token was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTokenResponse"];
                };
            };
            400: components["responses"]["StandardError.PARTNER_CONTRACT_ERROR.PERMISSIONS_ERROR"];
        };
    };
    getVerificationStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanRefRequest"];
            };
        };
        responses: {
            /** @description The verification's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            400: components["responses"]["StandardError"];
        };
    };
    getVerificationData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanRefRequest"];
            };
        };
        responses: {
            /** @description The data read from the verification's document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataResponse"];
                };
            };
            400: components["responses"]["StandardError"];
        };
    };
    processVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcessRequest"];
            };
        };
        responses: {
            /** @description The images were accepted for processing. The token is used up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["StandardError.TOKEN_NOT_VALID"];
        };
    };
    deleteVerificationData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScanRefRequest"];
            };
        };
        responses: {
            /** @description The verification's personal data was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["StandardError"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const localeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Locale"]> = ["en", "lt", "lv", "et", "ru", "pl", "de", "fr", "it", "es", "pt", "nl", "sv", "fi", "cs", "sk", "ro", "uk", "hu", "bg", "hr", "el", "tr", "ja", "zh"];
export const countryCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CountryCode"]> = ["AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW"];
export const documentTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentType"]> = ["ID_CARD", "PASSPORT", "RESIDENCE_PERMIT", "DRIVER_LICENSE", "VISA", "BORDER_CROSSING", "ASYLUM", "NATIONAL_PASSPORT", "PROVISIONAL_DRIVER_LICENSE", "VOTER_CARD", "OTHER"];
export const sexValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Sex"]> = ["M", "F"];
export const tokenTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TokenType"]> = ["IDENTIFICATION", "DOCUMENT", "VIDEO_CALL", "VIDEO_CALL_PHOTOS", "VIDEO_CALL_IDENTIFICATION"];
export const errorIdentifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorIdentifier"]> = ["INTERNAL_ERROR", "BAD_VALUE", "MISSING_VALUE", "UNAUTHORIZED", "ENCODING_ERROR", "JSON_ERROR", "TOKEN_NOT_VALID", "PARTNER_CONTRACT_ERROR", "METHOD_NOT_ALLOWED", "PERMISSIONS_ERROR"];
export const verificationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VerificationStatus"]> = ["ACTIVE", "APPROVED", "DENIED", "SUSPECTED", "REVIEWING", "EXPIRED", "EXPIRED-DELETED", "DELETED"];
