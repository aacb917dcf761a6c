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
         * @description A given name or surname, 1 to 100 characters with no digit and none of `~!@#$%^*()_+={}[]|:;",<>/?`. The API answers it in upper case.
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
         * CallbackUrl
         * Format: uri
         * @description An https URL that receives the verification's result (the webhook) for this session. Needs a permission in the partner's account.
         * @example https://partner.example.com/verification/webhook
         */
        CallbackUrl: string;
        /**
         * Locale
         * @description The language of the verification session's user interface.
         * @default en
         * @enum {string}
         */
        Locale: "en" | "lt" | "lv" | "et" | "ru" | "pl" | "de" | "fr" | "it" | "es" | "pt" | "nl" | "sv" | "fi" | "cs" | "sk" | "ro" | "uk" | "hu" | "bg" | "hr" | "el" | "tr" | "ja" | "zh";
        /**
         * ExpiryTime
         * @description Seconds until the token expires, more than 0 and up to 30 days.
         * @default 86400
         */
        ExpiryTime: number;
        /**
         * SessionLength
         * @description Seconds the end user has to finish the session once it starts, more than 60 and less than 3600.
         * @default 1800
         */
        SessionLength: number;
        /**
         * CountryCodeAnyCase
         * @description An ISO 3166-1 alpha-2 country code in either case, e.g. `LT` or `lt`, as a request may send it (and a token reply echoes it).
         * @enum {string}
         */
        CountryCodeAnyCase: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW" | "ad" | "ae" | "af" | "ag" | "ai" | "al" | "am" | "ao" | "aq" | "ar" | "as" | "at" | "au" | "aw" | "ax" | "az" | "ba" | "bb" | "bd" | "be" | "bf" | "bg" | "bh" | "bi" | "bj" | "bl" | "bm" | "bn" | "bo" | "bq" | "br" | "bs" | "bt" | "bv" | "bw" | "by" | "bz" | "ca" | "cc" | "cd" | "cf" | "cg" | "ch" | "ci" | "ck" | "cl" | "cm" | "cn" | "co" | "cr" | "cu" | "cv" | "cw" | "cx" | "cy" | "cz" | "de" | "dj" | "dk" | "dm" | "do" | "dz" | "ec" | "ee" | "eg" | "eh" | "er" | "es" | "et" | "fi" | "fj" | "fk" | "fm" | "fo" | "fr" | "ga" | "gb" | "gd" | "ge" | "gf" | "gg" | "gh" | "gi" | "gl" | "gm" | "gn" | "gp" | "gq" | "gr" | "gs" | "gt" | "gu" | "gw" | "gy" | "hk" | "hm" | "hn" | "hr" | "ht" | "hu" | "id" | "ie" | "il" | "im" | "in" | "io" | "iq" | "ir" | "is" | "it" | "je" | "jm" | "jo" | "jp" | "ke" | "kg" | "kh" | "ki" | "km" | "kn" | "kp" | "kr" | "kw" | "ky" | "kz" | "la" | "lb" | "lc" | "li" | "lk" | "lr" | "ls" | "lt" | "lu" | "lv" | "ly" | "ma" | "mc" | "md" | "me" | "mf" | "mg" | "mh" | "mk" | "ml" | "mm" | "mn" | "mo" | "mp" | "mq" | "mr" | "ms" | "mt" | "mu" | "mv" | "mw" | "mx" | "my" | "mz" | "na" | "nc" | "ne" | "nf" | "ng" | "ni" | "nl" | "no" | "np" | "nr" | "nu" | "nz" | "om" | "pa" | "pe" | "pf" | "pg" | "ph" | "pk" | "pl" | "pm" | "pn" | "pr" | "ps" | "pt" | "pw" | "py" | "qa" | "re" | "ro" | "rs" | "ru" | "rw" | "sa" | "sb" | "sc" | "sd" | "se" | "sg" | "sh" | "si" | "sj" | "sk" | "sl" | "sm" | "sn" | "so" | "sr" | "ss" | "st" | "sv" | "sx" | "sy" | "sz" | "tc" | "td" | "tf" | "tg" | "th" | "tj" | "tk" | "tl" | "tm" | "tn" | "to" | "tr" | "tt" | "tv" | "tw" | "tz" | "ua" | "ug" | "um" | "us" | "uy" | "uz" | "va" | "vc" | "ve" | "vg" | "vi" | "vn" | "vu" | "wf" | "ws" | "ye" | "yt" | "za" | "zm" | "zw";
        /**
         * DocumentType
         * @description A kind of identity document.
         * @enum {string}
         */
        DocumentType: "ID_CARD" | "PASSPORT" | "RESIDENCE_PERMIT" | "DRIVER_LICENSE" | "VISA" | "BORDER_CROSSING" | "ASYLUM" | "NATIONAL_PASSPORT" | "INTERNATIONAL_PASSPORT" | "PROVISIONAL_DRIVER_LICENSE" | "VOTER_CARD" | "OLD_ID_CARD" | "TRAVEL_CARD" | "PHOTO_CARD" | "MILITARY_CARD" | "PROOF_OF_AGE_CARD" | "DIPLOMATIC_ID" | "AADHAAR" | "PAN_CARD" | "OTHER";
        /**
         * Date
         * Format: date
         * @description A calendar date written `YYYY-MM-DD`.
         * @example 1990-04-17
         */
        Date: string;
        /**
         * NullableDate
         * @description A calendar date written `YYYY-MM-DD`, or null when there is none.
         * @default null
         */
        NullableDate: components["schemas"]["Date"] | null;
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
         * AdditionalStep
         * @description One additional step, with how its upload is handled, its texts and what the end user may do.
         */
        AdditionalStep: {
            /**
             * @description How the upload is handled; your contract enables one of them.
             * @enum {string}
             */
            type?: "UPLOAD" | "EXTRACT" | "COMPARE";
            /** @description The keys of `additionalData` the step extracts or compares. */
            fields?: string[];
            /** @description The step's name and description per language code. */
            texts?: {
                [key: string]: {
                    name?: string;
                    description?: string;
                } & {
                    [key: string]: unknown;
                };
            };
            settings?: {
                /** @description Whether the end user may upload a file from their device. */
                canUpload?: boolean;
                /** @description Whether the end user may take the photo in the session. */
                canCapture?: boolean;
                /** @description Whether the end user may upload a PDF. */
                canUploadPDF?: boolean;
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * AdditionalSteps
         * @description Steps the end user completes beyond the document and the face, such as uploading a utility bill or a photo of their choice: by document country (an alpha-2 code, or `ALL`), then by document type (or `ALL`), then by step name (`UTILITY_BILL`, or a name of your own).
         * @example {
         *       "ALL": {
         *         "ALL": {
         *           "UTILITY_BILL": {
         *             "type": "EXTRACT",
         *             "fields": [
         *               "address"
         *             ],
         *             "texts": {
         *               "en": {
         *                 "name": "Proof of address",
         *                 "description": "Upload a photo of a recent utility bill."
         *               }
         *             },
         *             "settings": {
         *               "canUpload": true,
         *               "canCapture": false,
         *               "canUploadPDF": true
         *             }
         *           }
         *         }
         *       }
         *     }
         */
        AdditionalSteps: {
            [key: string]: {
                [key: string]: {
                    [key: string]: components["schemas"]["AdditionalStep"];
                };
            };
        };
        /**
         * AdditionalData
         * @description Data for the additional steps to extract or compare, by step name (e.g. an address or a social security number for `UTILITY_BILL`).
         * @example {
         *       "UTILITY_BILL": {
         *         "address": "12 Example Street"
         *       }
         *     }
         */
        AdditionalData: {
            [key: string]: {
                [key: string]: unknown;
            };
        };
        /**
         * CreateTokenRequest
         * @description What the verification session should check and where the end user goes afterwards. Only `clientId` is required; the vendor recommends sending little else, since data that differs from the document makes the verification SUSPECTED.
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
            /** @description Your own identifier of the end user. A number is taken as its decimal digits (`1` is `"1"`). */
            clientId: components["schemas"]["ClientId"] | number;
            firstName?: components["schemas"]["PersonName"];
            lastName?: components["schemas"]["PersonName"];
            /** @description Where the end user goes after a successful verification; absent, the API's own result page. */
            successUrl?: components["schemas"]["RedirectUrl"];
            /** @description Where the end user goes after a failed verification; absent, the API's own result page. */
            errorUrl?: components["schemas"]["RedirectUrl"];
            /** @description Where the end user goes when the verification could not be analysed (e.g. they cancelled at once); absent, the API's own result page. */
            unverifiedUrl?: components["schemas"]["RedirectUrl"];
            callbackUrl?: components["schemas"]["CallbackUrl"];
            locale?: components["schemas"]["Locale"];
            /**
             * @description Whether the session shows its instructions.
             * @default true
             */
            showInstructions?: boolean;
            expiryTime?: components["schemas"]["ExpiryTime"];
            sessionLength?: components["schemas"]["SessionLength"];
            /**
             * @description The document country the end user must use; they cannot choose another.
             * @default null
             */
            country?: components["schemas"]["CountryCodeAnyCase"] | null;
            /**
             * @description The document types the end user may choose from.
             * @default [
             *       "ID_CARD",
             *       "PASSPORT"
             *     ]
             */
            documents?: components["schemas"]["DocumentType"][];
            dateOfBirth?: components["schemas"]["NullableDate"];
            dateOfExpiry?: components["schemas"]["NullableDate"];
            dateOfIssue?: components["schemas"]["NullableDate"];
            /** @default null */
            nationality?: components["schemas"]["CountryCodeAnyCase"] | null;
            /**
             * @description The end user's personal or national number.
             * @default null
             */
            personalNumber?: string | null;
            /**
             * @description The number of the end user's document.
             * @default null
             */
            documentNumber?: string | null;
            /** @default null */
            sex?: components["schemas"]["Sex"] | null;
            /**
             * @description Also create an 8-digit string the end user can type in the mobile app instead of following a link. The partner's contract must include it, and `expiryTime` must then stay within the digit string's own expiry.
             * @default false
             */
            generateDigitString?: boolean;
            /**
             * @description The end user's address as you know it, compared with a proof of address.
             * @default null
             */
            address?: string | null;
            tokenType?: components["schemas"]["TokenType"];
            /**
             * @description Questions the video call's agent asks the end user.
             * @default []
             */
            videoCallQuestions?: string[];
            /** @default null */
            externalRef?: components["schemas"]["ExternalRef"] | null;
            /**
             * @description Add a utility bill upload to the session. Cannot be combined with `additionalSteps`.
             * @default false
             */
            utilityBill?: boolean;
            /**
             * @description Steps of your own beyond the document and the face. Cannot be combined with `utilityBill`.
             * @default null
             */
            additionalSteps?: components["schemas"]["AdditionalSteps"] | null;
            /**
             * @description Data for the additional steps to extract or compare. Needs `additionalSteps`.
             * @default null
             */
            additionalData?: components["schemas"]["AdditionalData"] | null;
            /** @description The key of a questionnaire the end user fills in during the session. */
            questionnaire?: string | null;
            /**
             * @description Development environments only: create a dummy session that ends at once with this automatic result, with no end user.
             * @enum {string}
             */
            dummyStatus?: "APPROVED" | "DENIED" | "SUSPECTED" | "ACTIVE" | "EXPIRED";
        } & {
            [key: string]: unknown;
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
         * @description The new token, and every field of the request with what the API took for it: the value sent, its default, or null. Names come back in upper case.
         * @example {
         *       "message": "Token created successfully",
         *       "authToken": "kXRSRa1BFtHyrZ1cNBpPXv0Bcr3mdh5HFGkzaBe0",
         *       "scanRef": "3af0b5c8-4d2f-11ee-a2f7-0242ac120002",
         *       "clientId": "user-8f14e45f",
         *       "redirectUrl": "https://ivs.markid.eu/api/v2/redirect?authToken=kXRSRa1BFtHyrZ1cNBpPXv0Bcr3mdh5HFGkzaBe0",
         *       "digitString": null,
         *       "expiryTime": 86400,
         *       "sessionLength": 1800,
         *       "tokenType": "IDENTIFICATION",
         *       "firstName": "JOHN",
         *       "lastName": "SMITH",
         *       "country": "LT",
         *       "documents": [
         *         "ID_CARD",
         *         "PASSPORT"
         *       ],
         *       "dateOfBirth": "1990-04-17"
         *     }
         */
        CreateTokenResponse: {
            /** @example Token created successfully */
            message: string;
            authToken: components["schemas"]["AuthToken"];
            scanRef: components["schemas"]["ScanRef"];
            clientId: components["schemas"]["ClientId"];
            /** @description The `clientId` again, under its legacy name. */
            personScanRef?: string;
            /**
             * Format: uri
             * @description The URL that starts the verification session for the end user.
             */
            redirectUrl?: string;
            /** @description The digit string for the mobile app, when `generateDigitString` was requested; otherwise null. The docs call it 8 digits long; their own examples have 7. */
            digitString: string | null;
            expiryTime: components["schemas"]["ExpiryTime"];
            sessionLength: components["schemas"]["SessionLength"];
            tokenType: components["schemas"]["TokenType"];
            /** @description The given name sent, in upper case. */
            firstName?: string | null;
            /** @description The surname sent, in upper case. */
            lastName?: string | null;
            successUrl?: components["schemas"]["RedirectUrl"] | null;
            errorUrl?: components["schemas"]["RedirectUrl"] | null;
            unverifiedUrl?: components["schemas"]["RedirectUrl"] | null;
            callbackUrl?: components["schemas"]["CallbackUrl"] | null;
            locale?: components["schemas"]["Locale"] | null;
            showInstructions?: boolean;
            country?: components["schemas"]["CountryCodeAnyCase"] | null;
            nationality?: components["schemas"]["CountryCodeAnyCase"] | null;
            documents?: components["schemas"]["DocumentType"][];
            /** @description The document types the end user may choose from, by document country (`ALL` for any country). */
            allowedDocuments?: {
                [key: string]: components["schemas"]["DocumentType"][];
            };
            dateOfBirth?: components["schemas"]["NullableDate"];
            dateOfExpiry?: components["schemas"]["NullableDate"];
            dateOfIssue?: components["schemas"]["NullableDate"];
            personalNumber?: string | null;
            documentNumber?: string | null;
            sex?: components["schemas"]["Sex"] | null;
            address?: string | null;
            videoCallQuestions?: string[];
            externalRef?: components["schemas"]["ExternalRef"] | null;
            utilityBill?: boolean | null;
            additionalSteps?: components["schemas"]["AdditionalSteps"] | null;
            additionalData?: components["schemas"]["AdditionalData"] | null;
            questionnaire?: string | null;
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
        } & {
            [key: string]: unknown;
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
         * DocumentSex
         * @description The sex read from a document.
         * @enum {string}
         */
        DocumentSex: "MALE" | "FEMALE" | "UNDEFINED";
        /**
         * CountryCode
         * @description An ISO 3166-1 alpha-2 country code, upper case, e.g. `LT`, as the API returns it in parsed document data.
         * @example LT
         * @enum {string}
         */
        CountryCode: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
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
         *       "docExpiry": "2031-03-02",
         *       "docDob": "1990-04-17",
         *       "docDateOfIssue": "2021-03-02",
         *       "docType": "ID_CARD",
         *       "docSex": "MALE",
         *       "docNationality": "LT",
         *       "docIssuingCountry": "LT",
         *       "birthPlace": "VILNIUS",
         *       "authority": "MIGRACIJOS DEPARTAMENTAS",
         *       "address": null,
         *       "driverLicenseCategory": null,
         *       "manuallyDataChanged": false,
         *       "selectedCountry": "LT",
         *       "orgFirstName": "JONAS",
         *       "orgLastName": "SMITAS",
         *       "orgNationality": "LIETUVOS",
         *       "orgBirthPlace": "VILNIUS",
         *       "orgAuthority": "MIGRACIJOS DEPARTAMENTAS",
         *       "orgAddress": null
         *     }
         */
        DataResponse: {
            scanRef: components["schemas"]["ScanRef"];
            clientId: components["schemas"]["ClientId"];
            docFirstName?: string | null;
            docLastName?: string | null;
            docNumber?: string | null;
            docPersonalCode?: string | null;
            docExpiry?: components["schemas"]["NullableDate"];
            docDob?: components["schemas"]["NullableDate"];
            docDateOfIssue?: components["schemas"]["NullableDate"];
            docType?: components["schemas"]["DocumentType"] | null;
            docSex?: components["schemas"]["DocumentSex"] | null;
            docNationality?: components["schemas"]["CountryCode"] | null;
            docIssuingCountry?: components["schemas"]["CountryCode"] | null;
            birthPlace?: string | null;
            /** @description The authority that issued the document. */
            authority?: string | null;
            address?: string | null;
            /** @description The driving licence's categories (classes). */
            driverLicenseCategory?: string | null;
            /** @description Whether a reviewer changed the data after the automatic reading. */
            manuallyDataChanged?: boolean | null;
            /** @description The document country the end user selected in the session. */
            selectedCountry?: components["schemas"]["CountryCode"] | null;
            /** @description The given name as written in the document's own language. */
            orgFirstName?: string | null;
            /** @description The surname as written in the document's own language. */
            orgLastName?: string | null;
            /** @description The nationality as written in the document's own language. */
            orgNationality?: string | null;
            /** @description The birth place as written in the document's own language. */
            orgBirthPlace?: string | null;
            /** @description The issuing authority as written in the document's own language. */
            orgAuthority?: string | null;
            /** @description The address as written in the document's own language. */
            orgAddress?: string | null;
        };
        /**
         * Image
         * @description A JPEG or PNG image, base64-encoded, at most 6 MB before encoding.
         */
        Image: string;
        /**
         * ImageStep
         * @description The image of one step, or null for none.
         */
        ImageStep: components["schemas"]["Image"] | null;
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
            country: components["schemas"]["CountryCodeAnyCase"];
            documentType: components["schemas"]["DocumentType"];
            /** @description One image per step; a step may be null, which is the same as leaving it out. `FRONT` and `FACE` are required, and `BACK` too for two-sided documents. */
            images: {
                FRONT: components["schemas"]["ImageStep"];
                BACK?: components["schemas"]["ImageStep"];
                FACE: components["schemas"]["ImageStep"];
                UTILITY_BILL?: components["schemas"]["ImageStep"];
                PASSPORT_COVER?: components["schemas"]["ImageStep"];
            } & {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
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
export const countryCodeAnyCaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CountryCodeAnyCase"]> = ["AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW", "ad", "ae", "af", "ag", "ai", "al", "am", "ao", "aq", "ar", "as", "at", "au", "aw", "ax", "az", "ba", "bb", "bd", "be", "bf", "bg", "bh", "bi", "bj", "bl", "bm", "bn", "bo", "bq", "br", "bs", "bt", "bv", "bw", "by", "bz", "ca", "cc", "cd", "cf", "cg", "ch", "ci", "ck", "cl", "cm", "cn", "co", "cr", "cu", "cv", "cw", "cx", "cy", "cz", "de", "dj", "dk", "dm", "do", "dz", "ec", "ee", "eg", "eh", "er", "es", "et", "fi", "fj", "fk", "fm", "fo", "fr", "ga", "gb", "gd", "ge", "gf", "gg", "gh", "gi", "gl", "gm", "gn", "gp", "gq", "gr", "gs", "gt", "gu", "gw", "gy", "hk", "hm", "hn", "hr", "ht", "hu", "id", "ie", "il", "im", "in", "io", "iq", "ir", "is", "it", "je", "jm", "jo", "jp", "ke", "kg", "kh", "ki", "km", "kn", "kp", "kr", "kw", "ky", "kz", "la", "lb", "lc", "li", "lk", "lr", "ls", "lt", "lu", "lv", "ly", "ma", "mc", "md", "me", "mf", "mg", "mh", "mk", "ml", "mm", "mn", "mo", "mp", "mq", "mr", "ms", "mt", "mu", "mv", "mw", "mx", "my", "mz", "na", "nc", "ne", "nf", "ng", "ni", "nl", "no", "np", "nr", "nu", "nz", "om", "pa", "pe", "pf", "pg", "ph", "pk", "pl", "pm", "pn", "pr", "ps", "pt", "pw", "py", "qa", "re", "ro", "rs", "ru", "rw", "sa", "sb", "sc", "sd", "se", "sg", "sh", "si", "sj", "sk", "sl", "sm", "sn", "so", "sr", "ss", "st", "sv", "sx", "sy", "sz", "tc", "td", "tf", "tg", "th", "tj", "tk", "tl", "tm", "tn", "to", "tr", "tt", "tv", "tw", "tz", "ua", "ug", "um", "us", "uy", "uz", "va", "vc", "ve", "vg", "vi", "vn", "vu", "wf", "ws", "ye", "yt", "za", "zm", "zw"];
export const documentTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentType"]> = ["ID_CARD", "PASSPORT", "RESIDENCE_PERMIT", "DRIVER_LICENSE", "VISA", "BORDER_CROSSING", "ASYLUM", "NATIONAL_PASSPORT", "INTERNATIONAL_PASSPORT", "PROVISIONAL_DRIVER_LICENSE", "VOTER_CARD", "OLD_ID_CARD", "TRAVEL_CARD", "PHOTO_CARD", "MILITARY_CARD", "PROOF_OF_AGE_CARD", "DIPLOMATIC_ID", "AADHAAR", "PAN_CARD", "OTHER"];
export const sexValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Sex"]> = ["M", "F"];
export const tokenTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TokenType"]> = ["IDENTIFICATION", "DOCUMENT", "VIDEO_CALL", "VIDEO_CALL_PHOTOS", "VIDEO_CALL_IDENTIFICATION"];
export const additionalStepTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AdditionalStep"]["type"]> = ["UPLOAD", "EXTRACT", "COMPARE"];
export const createTokenRequestDummyStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateTokenRequest"]["dummyStatus"]> = ["APPROVED", "DENIED", "SUSPECTED", "ACTIVE", "EXPIRED"];
export const errorIdentifierValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ErrorIdentifier"]> = ["INTERNAL_ERROR", "BAD_VALUE", "MISSING_VALUE", "UNAUTHORIZED", "ENCODING_ERROR", "JSON_ERROR", "TOKEN_NOT_VALID", "PARTNER_CONTRACT_ERROR", "METHOD_NOT_ALLOWED", "PERMISSIONS_ERROR"];
export const verificationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VerificationStatus"]> = ["ACTIVE", "APPROVED", "DENIED", "SUSPECTED", "REVIEWING", "EXPIRED", "EXPIRED-DELETED", "DELETED"];
export const documentSexValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DocumentSex"]> = ["MALE", "FEMALE", "UNDEFINED"];
export const countryCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CountryCode"]> = ["AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW"];
