/**
 * Generated from the standalone app's OpenAPI document by openapi-typescript: do not edit.
 * Regenerate with `npm run openapi:client`; test/openapi/openapi-client.e2e-spec.ts fails when this
 * file differs from what the current document generates.
 */

export interface paths {
    "/api/v1/platform/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every projection, where it is in the log and whether it has caught up. */
        get: operations["ProjectionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/projections/{name}/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replay a projection from the start of the log into emptied documents, in the background; /health/ready shows its progress. */
        post: operations["ProjectionsController_rebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up and serving HTTP */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the store is open and every subscription has caught up */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's id, roles and tenant: lets a client check its token. */
        get: operations["Me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/write-probes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Append a probe event and return its global position once it is durable. */
        post: operations["WriteProbeController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/write-probes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read a probe back (404 for another tenant, as for a missing one). */
        get: operations["WriteProbeController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calendar version of every region as this service computes deadlines now. */
        get: operations["ListCalendars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{region}/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The publication in force in this service for a region (or holiday source) and year. */
        get: operations["GetCalendarYear"];
        /** Publish a region's (or a holiday source's) year of public holidays and adjusted working days: a new revision, in force in every service without a restart. Deadlines already running keep the version they were computed with. */
        put: operations["PublishCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List complaints with filters, paging and sort */
        get: operations["ListComplaints"];
        put?: never;
        /** Register a complaint (IN-1, IN-2); the policy decides acceptance at once (IN-3..IN-5) */
        post: operations["RegisterComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One complaint (read from its own stream: always current) */
        get: operations["GetComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the complaint with its actor and time */
        get: operations["GetComplaintTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer has been answered (IN-7) */
        post: operations["AcknowledgeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward to the supervisor and the sales assistant (IN-8) */
        post: operations["ForwardComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/invalidate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The complaint does not stand; record the explanation given to the customer (IN-6) */
        post: operations["InvalidateComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer withdrew the complaint */
        post: operations["WithdrawComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report the complaint up (IN-7); may raise severity */
        post: operations["EscalateComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an answered complaint with the resolution */
        post: operations["CloseComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/reassess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A supervisor re-evaluates acceptance with corrected evidence, or overrides the policy's outcome with a justification */
        post: operations["ReassessComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/complaints/{id}/recount-deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count the deadlines still running again on the region's calendar in force now (after a calendar year was published, ADR 013); recorded with the old and new calendar versions */
        post: operations["RecountComplaintDeadlines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The acceptance and response policy in force, as decisions record it, with its JSON Schema */
        get: operations["GetCurrentPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List quality cases with filters and paging */
        get: operations["ListCases"];
        put?: never;
        /** Enter a written quality feedback form by hand (QA-1); accepted complaints open their case themselves */
        post: operations["OpenCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quality case (read from its own stream: always current) */
        get: operations["GetCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the case with its actor, time and policy version */
        get: operations["GetCaseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/severity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the severity with a reason; an opinion still owed moves to the new deadline (QA-3) */
        post: operations["ChangeSeverity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/recount-deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count the case's deadlines still running again on the region's calendar in force now (after a calendar year was published, ADR 013); recorded with the old and new calendar versions (QA-3) */
        post: operations["RecountCaseDeadlines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** QA's opinion (minor) or initial opinion (severe), due in working days from receipt (QA-3) */
        post: operations["RecordOpinion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/instructions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Instruct departments; each owes a written solution within the policy's working days (QA-2, QA-3) */
        post: operations["InstructDepartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A department's findings, solution and preventive measures (QA-2) */
        post: operations["RecordFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/determination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Who is responsible (QA-2), with evidence; not ours needs the written explanation for the customer */
        post: operations["MakeDetermination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/preliminary-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Severe case, root cause slow: a preliminary report for general-manager approval (QA-3) */
        post: operations["IssuePreliminaryReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/preliminary-report/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The general manager approves (the customer may be served first) or rejects the preliminary report */
        post: operations["ReviewPreliminaryReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/disposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What is done for the customer (QA-5); published for dispatch and returns */
        post: operations["DecideDisposition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close after determination and disposition; ours and severe needs a CAPA (QA-4) */
        post: operations["CloseCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/cases/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a case opened in error (a withdrawn or invalid complaint cancels its case by itself) */
        post: operations["CancelCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/capas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List CAPAs (sales roles: those of a case they may read, by caseId) */
        get: operations["ListCapas"];
        put?: never;
        /** Open a corrective and preventive action for a case (QA-4): department, owner, due date, actions */
        post: operations["OpenCapa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/capas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One CAPA (read from its own stream: always current) */
        get: operations["GetCapa"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the plan of an open CAPA (department, owner, due date, actions) with a reason */
        patch: operations["UpdateCapa"];
        trace?: never;
    };
    "/api/v1/qa/capas/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the CAPA with its actor and time */
        get: operations["GetCapaTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/capas/{id}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record one checked later shipment (QA-4); a failure reopens a closed CAPA */
        post: operations["RecordVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/capas/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close once the policy's minimum of later shipments passed since the last failure (QA-4) */
        post: operations["CloseCapa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly quality analysis (QA-7): by determination, severity, product, defect, region; hot spots; deadlines; CAPA */
        get: operations["GetMonthlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List inspections of returned goods (QA-6), latest receipt first */
        get: operations["ListInspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inspection of returned goods (QA-6), read from its own stream: always current */
        get: operations["GetInspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/inspections/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the inspection with its actor and time */
        get: operations["GetInspectionTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/inspections/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record QA's finding per returned line (QA-6); a line's later finding replaces its earlier one until the inspection completes */
        post: operations["RecordInspectionFindings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qa/inspections/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the inspection, or refuse to sign with the written reason when a line is customer damage (QA-6); publishes qa.public.ReturnInspected */
        post: operations["CompleteInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outlets/{id}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-2: A request taken at an outlet: a work order for the work asked for, given to the outlet, decided free or charged by the free-repair rules */
        post: operations["TakeOutletRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/outlet-assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-1, DI-2: Give a work order nobody is assigned to yet to an open outlet, within its scopes and region (its technician is assigned next, TR-2) */
        post: operations["AssignOutlet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/remote-attempt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-3: The customer agreed to a remote attempt first: recorded before anyone is assigned; no arrival is owed until its outcome */
        post: operations["StartRemoteAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/remote-attempt-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-3: The remote attempt's outcome: resolved (no visit; handed over, sign-off and close follow) or not (the on-site arrival is owed from now, by the policy) */
        post: operations["RecordRemoteOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outlets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DI-2: The outlets, open and closed, by name */
        get: operations["ListOutlets"];
        put?: never;
        /** DI-2: Register a service outlet with its region, scopes, address and published contact */
        post: operations["RegisterOutlet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outlets/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-2: Close an outlet; it leaves the public list */
        post: operations["CloseOutlet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outlets/public/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DI-2: A company's open outlets as published to customers (no token): name, region, scopes, address, contact */
        get: operations["ListPublicOutlets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dispatch/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TR-2: Technicians for a work order, ranked by a valid qualification, region, open load and time left to their earliest commitment, each with why */
        get: operations["SuggestTechnicians"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Accept the assignment (the assigned technician) */
        post: operations["AcceptWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technicians/{technicianId}/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** TR-2: Add a product-line qualification with its issue date and expiry */
        post: operations["AddQualification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/parts-variance-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Approve the parts variance (issued − used − returned ≠ 0) so the order may close */
        post: operations["ApprovePartsVariance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** TR-2, DI-2, DI-3: Assign a technician qualified for the product line on the planned date (of its outlet's staff when the order is given to an outlet); the arrival deadline runs from here */
        post: operations["AssignTechnician"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-3: Check in on site with the time and the reported location (the assigned technician) */
        post: operations["CheckInWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4, DI-7: Close a settled order with its report and no unapproved parts variance */
        post: operations["CloseWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List work orders, newest first, with filters and paging */
        get: operations["ListWorkOrders"];
        put?: never;
        /** DI-1: Create a work order from a customer's phone request (a retry with the same Idempotency-Key creates nothing more) */
        post: operations["CreateWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/diagnose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Record the diagnosis (the assigned technician) */
        post: operations["DiagnoseWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/equipment-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-6: Issue an equipment receipt for equipment taken away; it stays open until the equipment is returned */
        post: operations["IssueEquipmentReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/extra-work-done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Record extra work done; refused without the customer's recorded consent */
        post: operations["PerformExtraWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/extra-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Propose extra work beyond the agreed scope; it proceeds only with the customer's recorded consent */
        post: operations["ProposeExtraWork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-6: Record a free or charged item in integer minor units; after sign-off it invalidates the sign-off */
        post: operations["RecordCharge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/conduct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-9: Record conduct against the order's technician with the policy's penalty */
        post: operations["RecordConduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/extra-work-consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Record the customer's consent to (or refusal of) proposed extra work */
        post: operations["RecordExtraWorkConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/final-qc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Record final QC (100%, quality) */
        post: operations["RecordFinalQc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-8: Record the follow-up call (outcome, satisfaction); a low rating or a complaint opens a complaint in intake */
        post: operations["RecordFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Hand the equipment over to the customer; the follow-up call is due from here (DI-8) */
        post: operations["RecordHandOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/lead-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Record the service lead's check (a dispatcher) */
        post: operations["RecordLeadCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Record parts issued to, used on or returned from the order; after sign-off it invalidates the sign-off */
        post: operations["RecordParts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/self-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Record the technician's self-check */
        post: operations["RecordSelfCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technicians": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List technicians by name, with their qualifications */
        get: operations["ListTechnicians"];
        put?: never;
        /** TR-2: Register a technician (ours or a dealer's) under their user id */
        post: operations["RegisterTechnician"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/repair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Record the repair (the assigned technician); refused while extra work awaits consent */
        post: operations["RepairWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-7: The technician's report (cause, fix, parts, customer opinion) completes the dispatch log */
        post: operations["ReportBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-7: Pass a customer complaint found on site to intake (its report-up clock starts there) */
        post: operations["ReportComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/equipment-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-6: Return equipment taken away, closing its receipt */
        post: operations["ReturnEquipment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-6: Settle on a valid sign-off: free items confirmed by the customer, charged items with a receipt number */
        post: operations["SettleWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-5: The customer's sign-off (comment and satisfaction 1-5) or refusal to sign with a reason; it carries the digest of the order's content */
        post: operations["SignOffWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/travel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** DI-4: Set out for the site (the assigned technician) */
        post: operations["TravelWorkOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/technicians/{technicianId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One technician with their qualifications */
        get: operations["GetTechnician"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work order (read from its own stream: always current) */
        get: operations["GetWorkOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-orders/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the work order with its actor and time */
        get: operations["GetWorkOrderTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record purchase documents from the sales system (FR-1): idempotent by document number; a changed document is recorded as a correction */
        post: operations["RecordPurchases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/purchases/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import purchase lines from a CSV or XLSX file; every bad row is reported by row, column and code, and nothing is recorded unless validRowsOnly */
        post: operations["ImportPurchases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/ratios/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's exchange/return ratio now (FR-1): numerator and denominator with their documents, the limit and the policy version */
        get: operations["GetRatio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/ratios/{customerId}/reevaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate a customer's ratio again now (the period moved on, or the policy changed); publishes a snapshot and raises or clears the alert when that changed anything */
        post: operations["ReevaluateRatio"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ratio alerts (FR-2), newest first: one per crossing of a customer's limit, open or cleared, with their acknowledgement */
        get: operations["ListAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/alerts/{alertId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a ratio alert with a comment (FR-2), once */
        post: operations["AcknowledgeAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/ledger/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a quality-cost entry (FR-3), attributed to the party its cause names */
        post: operations["RecordCostEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/ledger/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One quality-cost entry with its attribution and source */
        get: operations["GetCostEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/ledger/entries/{entryId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adjust a quality-cost entry with a new, signed entry naming it (FR-3); the entry itself never changes */
        post: operations["AdjustCostEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/ledger/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quality cost (FR-3) per customer, region, rep, department or party over a period: JSON, CSV or XLSX; the sums equal the ledger */
        get: operations["GetCostReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/rewards-penalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reward and penalty proposals, newest first */
        get: operations["ListRewardsPenalties"];
        put?: never;
        /** Propose a reward or a penalty within the policy range (FR-4); another manager approves it */
        post: operations["ProposeRewardPenalty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/rewards-penalties/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a proposal (FR-4): by another manager than its proposer */
        post: operations["ApproveRewardPenalty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/finance/rewards-penalties/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a proposal with a reason (FR-4) */
        post: operations["RejectRewardPenalty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/archive-submissions/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AU-3: open every submission the archive schedule expects for a region's periods in [from, to); each due by the schedule's date, a missing one flagged at its due time */
        post: operations["ScheduleArchiveSubmissions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/archive-submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List archive submissions, newest first, with filters and paging */
        get: operations["ListArchiveSubmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/archive-submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One archive submission (read from its own stream: always current) */
        get: operations["GetArchiveSubmission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/archive-submissions/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the archive submission with its actor and time */
        get: operations["GetArchiveSubmissionTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/archive-submissions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AU-3: record that an expected submission was handed to the archive (who, what, when; late after its due date) */
        post: operations["SubmitArchiveSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/nonconformities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AU-4: the nonconformities, newest first, by region and status */
        get: operations["ListNonconformities"];
        put?: never;
        /** AU-4: raise an audit nonconformity against a clause, with its finding */
        post: operations["RaiseNonconformity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/nonconformities/{id}/corrective-action": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AU-4: plan the corrective action, owed by the end of its due date in the region (flagged once when overdue) */
        post: operations["PlanCorrectiveAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/nonconformities/{id}/effectiveness-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** AU-4: record whether the corrective action worked: effective closes the nonconformity, ineffective asks for another action */
        post: operations["CheckEffectiveness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/nonconformities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AU-4: one nonconformity with its corrective actions and effectiveness checks (read from its stream: always current) */
        get: operations["GetNonconformity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/log/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest signed checkpoint of the audit log, with its cosignatures and the verifier key */
        get: operations["AuditLogController_latest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/log/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Signs a checkpoint of the log as it is now (the existing one when the log has not grown) */
        post: operations["AuditLogController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/log/cosignatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stores a witness's cosignature (cosignature/v1, made offline with `audit cosign`) with its checkpoint */
        post: operations["AuditLogController_cosign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/log/entries/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An archived event of the caller's tenant with its inclusion proof to a signed checkpoint (the read is recorded) */
        get: operations["AuditLogController_entry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/log/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An RFC 9162 consistency proof between two signed tree sizes (the log only grew) */
        get: operations["AuditLogController_consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recomputes every signed leaf from the archive and the source event stores; names the first position that differs */
        post: operations["AuditLogController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/cases/{kind}/{id}/bundle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's events across contexts with inclusion proofs to a signed checkpoint, the keys and cosignatures: an evidence bundle for `aftersales-verify` (the export is recorded) */
        get: operations["CaseFilesController_bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/cases/{kind}/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cross-context case file: the case's archived events across contexts (actor, role, time, policy and calendar versions) and every deadline its contexts tracked, met or missed, as of `at` (now when absent; the read is recorded) */
        get: operations["CaseFilesController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/cases/{kind}/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case as it stood at an instant: its archived events up to then, folded with its own decider and view (the read is recorded) */
        get: operations["CaseFilesController_replay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/evidence/pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AU-4: the evidence pack of a region and period: commitments and whether kept, complaint handling, satisfaction, CAPA closure, policy and calendar versions, nonconformities; JSON, CSV (one section), XLSX or PDF (the read is recorded) */
        get: operations["GetEvidencePack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/evidence/disclosure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AU-5: service defects (missed and late commitments) by period, region and kind, as counts only: shareable, no personal data */
        get: operations["GetServiceDefectDisclosure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/evidence/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AU-6: timeliness, repeat rate, satisfaction, complaint rate and exchange ratio of a region and period, by region, team and person */
        get: operations["GetKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List return requests, newest first, with filters and paging */
        get: operations["ListReturnRequests"];
        put?: never;
        /** WR-1: Enter a return request (customer, reason, lines within what was delivered less what was returned); the approval chain of its reason starts */
        post: operations["OpenReturnRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-1, WR-2: Replace the lines (a draft from a QA disposition gets its lines here); each within what was delivered less what was returned; a changed line voids the signatures that covered it */
        post: operations["AmendReturnLines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/approvals/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-2, WR-3, WR-7: Sign a step (who, role, when, comment and the digest of the content); the ratio check's step records finance's figure and refuses outside the limits unless the leader's exception is signed */
        post: operations["SignReturnStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/approvals/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-2: Refuse the step open for signature, with the explanation (by the step's role) */
        post: operations["RefuseReturnStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/transport-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-4: The after-sales head issues the return transport order of an approved request */
        post: operations["IssueTransportOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/pickup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-4: The goods were picked up under the return transport order (refused without one); a driver may record only this */
        post: operations["RecordPickup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-4: The picked-up goods arrived at the warehouse */
        post: operations["RecordArrival"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/receipts/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-5: The warehouse's count of the arrived goods, matched to the lines; a serial other than the one authorised is flagged and blocks booking until resolved; QA is asked to inspect (ReturnGoodsReceived) */
        post: operations["RecordCount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/receipts/serial-mismatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-5: Resolve a serial received that is not the one authorised: accept it (the line changes, its signatures are voided) or reject the line */
        post: operations["ResolveSerialMismatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-5: A quality return's outcome as the customer asks (exchange or refund), only once QA signed the inspection */
        post: operations["RecordOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/booking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-5, WR-6: Book the counted goods in (with the chain's and QA's signatures, no open serial mismatch): the receipt note goes to finance, the return note is owed */
        post: operations["BookReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/return-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** WR-6: The return note was sent to the customer (on time by 12:00 the next working day, or late) */
        post: operations["SendReturnNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/customers/{customerId}/ratio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** WR-2: Finance's latest published figure for the customer (highest sequence), as the ratio check would record it now */
        get: operations["GetCustomerRatio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One return request (read from its own stream: always current) */
        get: operations["GetReturnRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/returns/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the return request with its actor and time */
        get: operations["GetReturnRequestTimeline"];
        put?: never;
        post?: never;
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
        ProjectionStateResponse: {
            /** @example intake-complaints */
            name: string;
            /** Format: int32 */
            version: number;
            /** @description The global position it has reached (null before its first event) */
            position: string | null;
            caughtUp: boolean;
            failing: boolean;
        };
        FieldErrorResponse: {
            /**
             * @description The offending field as a dotted path (`product.serialNumber`), or a header name
             * @example product.serialNumber
             */
            field: string;
            /**
             * @description The rule it broke (`maxLength`, `isIn`, `unknown_field`, ...)
             * @example maxLength
             */
            code: string;
            /** @example serialNumber must be shorter than or equal to 100 characters */
            message: string;
        };
        ErrorResponse: {
            /**
             * @description Stable machine-readable code; each operation lists the ones it can answer with
             * @example REQUEST.VALIDATION_FAILED
             */
            code: string;
            /**
             * @description For people; not stable
             * @example the request is not valid; see fieldErrors
             */
            message: string;
            /** @description One entry per offending field (400 REQUEST.VALIDATION_FAILED) */
            fieldErrors?: components["schemas"]["FieldErrorResponse"][];
            /** @description Facts of a refusal, e.g. `status` and `command` of a 409 */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description The request's correlation id (also the `X-Correlation-Id` header)
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            correlationId: string;
        };
        RebuildAcceptedResponse: {
            projection: string;
            /** @enum {string} */
            status: "rebuilding";
        };
        LiveResponse: {
            /** @enum {string} */
            status: "up";
        };
        ReadyResponse: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            /**
             * @description Each check by name (eventStore, projections, kafka, ...): `up`, `down` or a reason
             * @example {
             *       "eventStore": "up",
             *       "kafka": "down"
             *     }
             */
            checks: {
                [key: string]: string;
            };
            /**
             * @description For a check that is down and can tell, how far it is
             * @example {
             *       "projections": {
             *         "head": "4398046511104",
             *         "behind": [
             *           {
             *             "projection": "projection:intake-complaints@v1",
             *             "position": "2199023255552"
             *           }
             *         ]
             *       }
             *     }
             */
            progress?: {
                [key: string]: unknown;
            };
        };
        MeResponse: {
            /**
             * @description The token's subject
             * @example dev-dispatcher
             */
            id: string;
            /**
             * @example [
             *       "dispatcher"
             *     ]
             */
            roles: ("customer_service" | "sales" | "sales_assistant" | "dispatcher" | "technician" | "qa" | "department" | "warehouse" | "driver" | "after_sales_head" | "area_manager" | "business_head" | "finance" | "general_manager" | "auditor" | "admin")[];
            /** @example acme */
            tenantId: string;
            /**
             * @description For people: the name the identity provider gives (AUTH_NAME_CLAIMS)
             * @example Li Lei
             */
            name?: string;
        };
        WriteProbeResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            id: string;
            /** @description The event's global position (a bigint, as a decimal string) */
            position: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            recordedAt: string;
        };
        RegionCalendarVersion: {
            /** @example cn-east */
            region: string;
            /**
             * @description What decisions computed with this calendar record as calendarVersion
             * @example cn:chinese-days@1.5.7+overrides@2026.1+regions@2026.1+cn/2027@1
             */
            version: string;
        };
        CalendarOverviewResponse: {
            /** @description Every input of the calendars in this service, published years included */
            version: string;
            regions: components["schemas"]["RegionCalendarVersion"][];
        };
        CalendarDayDto: {
            /**
             * Format: date
             * @example 2026-03-02
             */
            date: string;
            /** @example New Year's Day */
            name: string;
            /** @example 元旦 */
            localName?: string;
            /** @description Where this day comes from, when not the year’s source */
            note?: string;
        };
        PublishCalendarYearDto: {
            /** @description Every day off of the year (weekend days inside a holiday block included) */
            holidays: components["schemas"]["CalendarDayDto"][];
            /** @description Every adjusted working day 调休 (a weekend day that is worked) */
            workdays: components["schemas"]["CalendarDayDto"][];
            /**
             * @description Where the days come from: the notice and its number
             * @example 国务院办公厅关于2027年部分节假日安排的通知 国办发明电〔2026〕N号
             */
            source: string;
        };
        CalendarDayResponse: {
            /**
             * Format: date
             * @example 2026-03-02
             */
            date: string;
            name: string;
            localName?: string;
            note?: string;
        };
        CalendarYearResponse: {
            /** @example cn */
            target: string;
            /** Format: int32 */
            year: number;
            /**
             * Format: int32
             * @description Each publication of a target and year is the next revision
             */
            revision: number;
            holidays: components["schemas"]["CalendarDayResponse"][];
            workdays: components["schemas"]["CalendarDayResponse"][];
            source: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            publishedAt: string;
            /** @description False when the same days and source were in force already: nothing was appended */
            changed: boolean;
            /** @description The calendar versions of the target's regions in this service now */
            regions: components["schemas"]["RegionCalendarVersion"][];
        };
        CustomerDto: {
            /** @example C-10086 */
            id: string;
            /** @example 华东机械有限公司 */
            name: string;
            /**
             * @description IN-9: the policy names the high-value tiers
             * @example key
             * @enum {string}
             */
            tier: "standard" | "key" | "strategic";
        };
        ProductDto: {
            /** @example PX-200 */
            model: string;
            /** @example SN-2026-000123 */
            serialNumber?: string;
            /** @example P-7731 */
            partNumber?: string;
            /** @example HT-2026-0042 */
            contractNumber?: string;
            /**
             * @description A product line of the policy whose own rules apply (GET /policies/current)
             * @example phone
             */
            productLine?: string;
            /**
             * @description The component the defect is in, in any case (stored lower-case: `LCD` → `lcd`); checked against the line's excluded components (IN-4)
             * @example LCD
             */
            component?: string;
            /**
             * @default main
             * @enum {string}
             */
            partClass?: "main" | "accessory" | "consumable" | "gift";
        };
        DefectDto: {
            /** @example front panel, lower left */
            location?: string;
            /** @example scratch */
            nature: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            firstSeenOn?: string;
            /**
             * @description References to stored attachments
             * @example [
             *       "att-photo-1"
             *     ]
             */
            attachments?: string[];
        };
        WarrantyCardDto: {
            /**
             * @description IN-5: the card's warranty period in months
             * @example 24
             */
            months: number;
        };
        DeadOnArrivalDto: {
            /**
             * @description IN-5: the manufacturer's test report
             * @example att-test-report-7
             */
            testReportRef?: string;
            /** @example true */
            packagingIntact: boolean;
            /** @example true */
            appearanceIntact: boolean;
        };
        RegisterComplaintDto: {
            /**
             * @description IN-1
             * @example hotline
             * @enum {string}
             */
            channel: "hotline" | "email" | "fax_letter" | "web" | "on_site" | "sales_rep" | "dealer";
            /**
             * Format: date-time
             * @description IN-1: when the complaint was received; not in the future
             * @example 2026-03-03T10:00:00+08:00
             */
            receivedAt: string;
            customer: components["schemas"]["CustomerDto"];
            /**
             * @description A calendar region (its working days and time zone)
             * @example cn-east
             */
            region: string;
            product: components["schemas"]["ProductDto"];
            /**
             * Format: date
             * @example 2026-02-27
             */
            deliveredOn: string;
            /**
             * Format: date
             * @description When the customer received the goods: day 0 of every window
             * @example 2026-03-02
             */
            goodsReceivedOn: string;
            /** @example 10 */
            shippedQuantity: number;
            /**
             * @description At most shippedQuantity
             * @example 1
             */
            defectiveQuantity: number;
            /**
             * @description IN-3
             * @example appearance
             * @enum {string}
             */
            category: "appearance" | "model_quantity" | "performance" | "service_attitude" | "non_quality" | "other";
            /**
             * @default minor
             * @enum {string}
             */
            severity?: "minor" | "severe";
            defect: components["schemas"]["DefectDto"];
            /**
             * @description IN-2: operated and maintained as instructed
             * @example true
             */
            usedAsInstructed: boolean;
            /**
             * @description IN-4
             * @default unknown
             * @enum {string}
             */
            suspectedCause?: "unknown" | "product_defect" | "human_damage" | "force_majeure";
            /**
             * @description IN-2
             * @example exchange
             * @enum {string}
             */
            requestedResolution: "on_site_repair" | "return_for_repair" | "exchange" | "replenish" | "refund" | "price_concession";
            /** @example 面板有明显划痕，开箱即发现。 */
            description: string;
            warrantyCard?: components["schemas"]["WarrantyCardDto"];
            deadOnArrival?: components["schemas"]["DeadOnArrivalDto"];
            /**
             * @description IN-9: the named owner; a high-value customer gets the registrar when absent
             * @example rep-42
             */
            ownerId?: string;
        };
        CustomerResponse: {
            /** @example C-10086 */
            id: string;
            /** @example 华东机械有限公司 */
            name: string;
            /** @enum {string} */
            tier: "standard" | "key" | "strategic";
        };
        ProductResponse: {
            /** @example PX-200 */
            model: string;
            /** @example SN-2026-000123 */
            serialNumber: string | null;
            partNumber: string | null;
            contractNumber: string | null;
            /** @example phone */
            productLine: string | null;
            /** @example antenna */
            component: string | null;
            /** @enum {string} */
            partClass: "main" | "accessory" | "consumable" | "gift";
        };
        DefectResponse: {
            location: string | null;
            /** @example scratch */
            nature: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            firstSeenOn: string | null;
            /** @description References to stored attachments */
            attachments: string[];
        };
        WarrantyCardResponse: {
            /** Format: int32 */
            months: number;
        };
        DeadOnArrivalResponse: {
            testReportRef: string | null;
            packagingIntact: boolean;
            appearanceIntact: boolean;
        };
        ComplaintFactsResponse: {
            /** @enum {string} */
            channel: "hotline" | "email" | "fax_letter" | "web" | "on_site" | "sales_rep" | "dealer";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            receivedAt: string;
            customer: components["schemas"]["CustomerResponse"];
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            product: components["schemas"]["ProductResponse"];
            /**
             * Format: date
             * @example 2026-03-02
             */
            deliveredOn: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            goodsReceivedOn: string;
            /** Format: int32 */
            shippedQuantity: number;
            /** Format: int32 */
            defectiveQuantity: number;
            /** @enum {string} */
            category: "appearance" | "model_quantity" | "performance" | "service_attitude" | "non_quality" | "other";
            /** @enum {string} */
            severity: "minor" | "severe";
            defect: components["schemas"]["DefectResponse"];
            usedAsInstructed: boolean;
            /** @enum {string} */
            suspectedCause: "unknown" | "product_defect" | "human_damage" | "force_majeure";
            /** @enum {string} */
            requestedResolution: "on_site_repair" | "return_for_repair" | "exchange" | "replenish" | "refund" | "price_concession";
            description: string;
            warrantyCard: components["schemas"]["WarrantyCardResponse"] | null;
            deadOnArrival: components["schemas"]["DeadOnArrivalResponse"] | null;
            /** @example cs-1 */
            ownerId: string | null;
        };
        AcceptanceReasonResponse: {
            /** @example IN-3 */
            rule: string;
            /** @example WITHIN_WINDOW */
            code: string;
            /** @description The figures the rule used (window, working days counted, warranty end, ...) */
            details: {
                [key: string]: (string | null) | number | boolean | string[];
            };
        };
        AcceptanceResponse: {
            /** @enum {string} */
            kind: "accepted_free" | "accepted_paid" | "rejected" | "needs_review";
            reasons: components["schemas"]["AcceptanceReasonResponse"][];
            /** @example default@3 */
            policyVersion: string;
            calendarVersion: string;
            /** @enum {string} */
            decidedBy: "policy" | "supervisor";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            decidedAt: string;
            justification: string | null;
        };
        RepeatLinkResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            complaintId: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            receivedAt: string;
            /** @enum {string} */
            matchedOn: "serial" | "customer_model";
        };
        ComplaintDeadlineResponse: {
            /** @enum {string} */
            obligation: "acknowledge" | "forward" | "report_up";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /** @enum {string} */
            state: "open" | "met" | "missed" | "met_late" | "cancelled";
        };
        InvalidityResponse: {
            reason: string;
            explanationToCustomer: string;
        };
        QaOutcomeResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            caseId: string;
            /** @enum {string} */
            status: "open" | "determined" | "closed" | "cancelled";
            /** @enum {string} */
            severity: "minor" | "severe";
            /** @enum {string|null} */
            responsibility: "ours" | "human_factor" | "customer_cause" | "not_our_product" | null;
            /** @enum {string|null} */
            ourCause: "technical" | "production_equipment" | "management" | null;
            explanationToCustomer: string | null;
            capaRequired: boolean;
            /** @enum {string|null} */
            disposition: "on_site_repair" | "return_for_repair" | "exchange" | "replenish" | "refund" | "price_concession" | "explain_and_close" | null;
            dispositionInterim: boolean;
            dispositionNote: string | null;
            summary: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
        };
        ComplaintWorkOrderResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            workOrderId: string;
            /** @enum {string} */
            status: "created" | "remote_attempt" | "resolved_remotely" | "assigned" | "on_site" | "signed_off" | "settled" | "closed" | "cancelled";
            /** @example cs-1 */
            technicianId: string | null;
            /**
             * Format: uuid
             * @description DI-2: the service outlet the order was given to
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            outletId: string | null;
            /** @description DI-2: the outlet's name */
            outletName: string | null;
            /**
             * @description DI-3: the remote attempt, when the customer agreed to one (resolved: no visit)
             * @enum {string|null}
             */
            remoteAttempt: "in_progress" | "resolved" | "unresolved" | null;
            /**
             * Format: date-time
             * @description DI-3: the arrival promised to the customer
             * @example 2026-03-03T02:00:00.000Z
             */
            arrivalDueAt: string | null;
            /** @description DI-3: the arrival due time passed with nobody on site */
            arrivalOverdue: boolean;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            arrivedAt: string | null;
            arrivedLate: boolean | null;
            /**
             * @description DI-5: the customer's latest sign-off
             * @enum {string|null}
             */
            signOff: "signed" | "refused" | null;
            /**
             * Format: int32
             * @description Satisfaction 1-5 (the follow-up call, else the sign-off)
             */
            satisfaction: number | null;
            /**
             * @description DI-8: the follow-up call
             * @enum {string|null}
             */
            followUp: "reached" | "unreachable" | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
        };
        ComplaintResponseDto: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            complaintId: string;
            /**
             * @description The caller's tenant
             * @example acme
             */
            tenantId: string;
            /** @enum {string} */
            status: "registered" | "acknowledged" | "forwarded" | "closed" | "invalid" | "withdrawn";
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @enum {string} */
            channel: "hotline" | "email" | "fax_letter" | "web" | "on_site" | "sales_rep" | "dealer";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            receivedAt: string;
            /** @enum {string} */
            category: "appearance" | "model_quantity" | "performance" | "service_attitude" | "non_quality" | "other";
            /** @enum {string} */
            severity: "minor" | "severe";
            /** @example cs-1 */
            customerId: string;
            customerName: string;
            /** @enum {string} */
            customerTier: "standard" | "key" | "strategic";
            model: string;
            serialNumber: string | null;
            facts: components["schemas"]["ComplaintFactsResponse"];
            /** @description The acceptance decision (IN-3..IN-5); null only while it is being decided */
            acceptance: components["schemas"]["AcceptanceResponse"] | null;
            /** @description IN-9 */
            highPriority: boolean;
            /** @example cs-1 */
            ownerId: string | null;
            /** @description IN-10 */
            repeat: boolean;
            repeatOf: components["schemas"]["RepeatLinkResponse"] | null;
            /** @description IN-7, IN-8 */
            deadlines: components["schemas"]["ComplaintDeadlineResponse"][];
            /**
             * Format: date-time
             * @description Earliest due time still ahead among obligations still owed; null when none
             * @example 2026-03-03T02:00:00.000Z
             */
            nextDueAt: string | null;
            /** @description An obligation still owed is past its due time (IN-7, IN-8) */
            overdue: boolean;
            /** Format: int32 */
            escalationLevel: number;
            invalidity: components["schemas"]["InvalidityResponse"] | null;
            resolutionSummary: string | null;
            /** @example cs-1 */
            registeredBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
            /** @description Display labels of the coded fields in `language` (`status`, `category`, `obligation.<name>`, ...) */
            labels: {
                [key: string]: string | null;
            };
            /**
             * @description The language of `labels`, negotiated from Accept-Language
             * @enum {string}
             */
            language: "en" | "zh-CN";
            /** @description QA's outcome once QA has a case for the complaint */
            qa: components["schemas"]["QaOutcomeResponse"] | null;
            /** @description Dispatch's work order for the complaint once there is one (QA's on-site repair disposition) */
            workOrder: components["schemas"]["ComplaintWorkOrderResponse"] | null;
        };
        ComplaintPageResponse: {
            items: components["schemas"]["ComplaintResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        ActorResponse: {
            /** @example cs-1 */
            id: string;
            /**
             * @description The role the actor acted in: one of customer_service, sales, sales_assistant, dispatcher, technician, qa, department, warehouse, driver, after_sales_head, area_manager, business_head, finance, general_manager, auditor, admin, or `system` for the platform itself
             * @example customer_service
             */
            role: string;
        };
        TimelineEntryResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            eventId: string;
            /** @example intake.ComplaintRegistered */
            type: string;
            /** @example 3 */
            revision: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            occurredAt: string;
            actor: components["schemas"]["ActorResponse"];
            correlationId: string;
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            causationId: string | null;
            /** @example default@3 */
            policyVersion: string | null;
            /** @description The event's data, as its type defines it */
            data: {
                [key: string]: unknown;
            };
        };
        ComplaintTimelineResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            complaintId: string;
            events: components["schemas"]["TimelineEntryResponse"][];
        };
        NoteDto: {
            /** @example Called the customer back; technician to call tomorrow */
            note?: string;
        };
        ForwardTargetDto: {
            /**
             * @example supervisor
             * @enum {string}
             */
            target: "supervisor" | "sales_assistant";
            /** @example sup-7 */
            personId?: string;
        };
        ForwardDto: {
            /** @example Called the customer back; technician to call tomorrow */
            note?: string;
            /** @description IN-8: the supervisor and the sales assistant */
            targets: components["schemas"]["ForwardTargetDto"][];
        };
        InvalidateDto: {
            /**
             * @example not_our_product
             * @enum {string}
             */
            reason: "not_our_product" | "outside_service_scope" | "no_defect_found" | "duplicate_report" | "other";
            /**
             * @description IN-6: the courteous explanation given to the customer
             * @example 经核实该产品非本公司生产，感谢您的反馈。
             */
            explanationToCustomer: string;
        };
        ComplaintReasonDto: {
            /** @example The customer solved it with the manual */
            reason: string;
        };
        EscalateDto: {
            /** @example The customer solved it with the manual */
            reason: string;
            /**
             * @description Who it is reported to (IN-7)
             * @example business_head
             */
            to: string;
            /** @enum {string} */
            severity?: "minor" | "severe";
        };
        CloseDto: {
            /** @example Panel replaced on site; customer satisfied */
            resolutionSummary: string;
        };
        CorrectionsDto: {
            /** @enum {string} */
            suspectedCause?: "unknown" | "product_defect" | "human_damage" | "force_majeure";
            usedAsInstructed?: boolean;
            deadOnArrival?: components["schemas"]["DeadOnArrivalDto"];
            warrantyCard?: components["schemas"]["WarrantyCardDto"];
        };
        OverrideDto: {
            /**
             * @example accepted_paid
             * @enum {string}
             */
            kind: "accepted_free" | "accepted_paid" | "rejected" | "needs_review";
            /** @example Long-standing customer; wrong model shipped by us */
            justification: string;
        };
        ReassessDto: {
            /**
             * @description Re-run the policy with the corrections given; needs `reason`. Exactly one of `override` and `reevaluate`.
             * @enum {boolean}
             */
            reevaluate?: true;
            /**
             * @description Why the policy is re-run; required with `reevaluate` (an override gives its `justification` instead)
             * @example Manufacturer test report received
             */
            reason?: string;
            corrections?: components["schemas"]["CorrectionsDto"];
            override?: components["schemas"]["OverrideDto"];
        };
        PolicyResponse: {
            /**
             * @description What decisions record as policyVersion
             * @example default@3
             */
            policyVersion: string;
            /** @description SHA-256 of the canonical policy document (first 16 hex digits) */
            policyDigest: string;
            /** @description The policy document (docs/intake.md); `schema` describes it */
            policy: {
                [key: string]: unknown;
            };
            /** @description The JSON Schema the policy is validated against at start */
            schema: {
                [key: string]: unknown;
            };
        };
        CaseProductDto: {
            /** @example PX-200 */
            model: string;
            /** @example SN-2026-000123 */
            serialNumber?: string;
            partNumber?: string;
            /** @example HT-2026-0042 */
            contractNumber?: string;
            productLine?: string;
        };
        OpenCaseDto: {
            /** @example cn-east */
            region: string;
            /**
             * Format: date-time
             * @description When the form reached QA: deadlines run from here (QA-3)
             * @example 2026-03-03T10:00:00+08:00
             */
            receivedAt: string;
            /** @enum {string} */
            severity: "minor" | "severe";
            /** @example C-10086 */
            customerId: string;
            /** @example 华东机械有限公司 */
            customerName?: string;
            product: components["schemas"]["CaseProductDto"];
            /** @enum {string} */
            category: "appearance" | "model_quantity" | "performance" | "service_attitude" | "non_quality" | "other";
            /** @example pressure drop */
            defectNature: string;
            /** @example valve seat */
            defectLocation?: string;
            /** @example 2 */
            defectiveQuantity: number;
            /** @example exchange */
            requestedResolution?: string;
            description?: string;
            /**
             * @description The paper form number
             * @example QF-2026-0031
             */
            formRef?: string;
            /** @description The sales rep who may read the case (besides the author) */
            salesRepId?: string;
        };
        ComplaintSourceResponse: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "complaint";
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            complaintId: string;
        };
        FeedbackFormSourceResponse: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "feedback_form";
            /** @example QF-2026-0031 */
            formRef: string | null;
        };
        CaseProductResponse: {
            /** @example PX-200 */
            model: string;
            serialNumber: string | null;
            partNumber: string | null;
            contractNumber: string | null;
            productLine: string | null;
        };
        CaseSubjectResponse: {
            /** @example cs-1 */
            customerId: string;
            customerName: string | null;
            product: components["schemas"]["CaseProductResponse"];
            /** @enum {string} */
            category: "appearance" | "model_quantity" | "performance" | "service_attitude" | "non_quality" | "other";
            defectNature: string;
            defectLocation: string | null;
            /** Format: int32 */
            defectiveQuantity: number;
            requestedResolution: string | null;
            description: string | null;
        };
        OpinionResponse: {
            text: string;
            /** @example cs-1 */
            by: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
            /** @description Recorded after its QA-3 deadline */
            late: boolean;
        };
        InstructionResponse: {
            /** @enum {string} */
            department: "production" | "engineering" | "quality" | "sales" | "other";
            instruction: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        FindingsResponse: {
            /** @enum {string} */
            department: "production" | "engineering" | "quality" | "sales" | "other";
            findings: string;
            solution: string | null;
            preventiveMeasures: string | null;
            evidenceRefs: string[];
            /** @example cs-1 */
            recordedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            recordedAt: string;
            late: boolean;
        };
        DeterminationResponse: {
            /** @enum {string} */
            responsibility: "ours" | "human_factor" | "customer_cause" | "not_our_product";
            /** @enum {string|null} */
            ourCause: "technical" | "production_equipment" | "management" | null;
            summary: string;
            evidenceRefs: string[];
            explanationToCustomer: string | null;
            /** @description QA-4: ours and severe */
            capaRequired: boolean;
            /** @example cs-1 */
            decidedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            decidedAt: string;
            policyVersion: string | null;
        };
        PreliminaryReportResponse: {
            /** @enum {string} */
            state: "pending" | "approved" | "rejected";
            summary: string;
            /** @enum {string} */
            proposedDisposition: "on_site_repair" | "return_for_repair" | "exchange" | "replenish" | "refund" | "price_concession" | "explain_and_close";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            issuedAt: string;
            /** @example cs-1 */
            reviewedBy: string | null;
            note: string | null;
        };
        DispositionResponse: {
            /** @enum {string} */
            kind: "on_site_repair" | "return_for_repair" | "exchange" | "replenish" | "refund" | "price_concession" | "explain_and_close";
            note: string | null;
            /** @description Decided before the root cause was known (QA-3) */
            interim: boolean;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            decidedAt: string;
        };
        CaseDeadlineResponse: {
            /**
             * @description `qa_opinion`, or `solution:<department>` (QA-3)
             * @example qa_opinion
             */
            obligation: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /** @enum {string} */
            state: "open" | "met" | "met_late" | "missed" | "cancelled";
        };
        ClosureResponse: {
            /** @enum {string} */
            kind: "closed" | "cancelled";
            text: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        RepairOutcomeResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            workOrderId: string;
            /** @enum {string} */
            status: "created" | "remote_attempt" | "resolved_remotely" | "assigned" | "on_site" | "signed_off" | "settled" | "closed" | "cancelled";
            /** @example cs-1 */
            technicianId: string | null;
            /**
             * Format: uuid
             * @description DI-2: the service outlet the order was given to
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            outletId: string | null;
            /** @description DI-2: the outlet's name */
            outletName: string | null;
            /**
             * @description DI-3: the remote attempt, when the customer agreed to one (resolved: no visit)
             * @enum {string|null}
             */
            remoteAttempt: "in_progress" | "resolved" | "unresolved" | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            arrivedAt: string | null;
            /** @description DI-3: checked in after the arrival due time */
            arrivedLate: boolean | null;
            /** @description DI-3: the arrival deadline was missed */
            arrivalMissed: boolean;
            /**
             * @description DI-5: the customer's latest sign-off
             * @enum {string|null}
             */
            signOff: "signed" | "refused" | null;
            /** Format: int32 */
            signOffSatisfaction: number | null;
            /**
             * Format: int64
             * @description DI-6: charged, integer minor units
             */
            chargedTotalMinor: number | null;
            /** @example CNY */
            currency: string | null;
            receiptNumber: string | null;
            /**
             * Format: int32
             * @description DI-8: satisfaction in the follow-up call
             */
            followUpSatisfaction: number | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            settledAt: string | null;
            /**
             * Format: date-time
             * @description When the order was closed or cancelled
             * @example 2026-03-03T02:00:00.000Z
             */
            endedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
        };
        CaseResponseDto: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            caseId: string;
            /**
             * @description The caller's tenant
             * @example acme
             */
            tenantId: string;
            /** @enum {string} */
            status: "open" | "analysing" | "determined" | "closed" | "cancelled";
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @description An accepted complaint (QA-1), or a feedback form entered by hand */
            source: components["schemas"]["ComplaintSourceResponse"] | components["schemas"]["FeedbackFormSourceResponse"];
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            complaintId: string | null;
            subject: components["schemas"]["CaseSubjectResponse"];
            model: string;
            defectNature: string;
            /** @example cs-1 */
            customerId: string;
            /** @enum {string} */
            severity: "minor" | "severe";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            receivedAt: string;
            /**
             * @description Month of receipt in the region's time zone (QA-7)
             * @example 2026-03
             */
            receivedMonth: string;
            /** @example cs-1 */
            openedBy: string;
            /** @description Users of sales roles who may read the case */
            stakeholders: string[];
            opinion: components["schemas"]["OpinionResponse"] | null;
            instructions: components["schemas"]["InstructionResponse"][];
            findings: components["schemas"]["FindingsResponse"][];
            determination: components["schemas"]["DeterminationResponse"] | null;
            /** @enum {string|null} */
            responsibility: "ours" | "human_factor" | "customer_cause" | "not_our_product" | null;
            preliminaryReport: components["schemas"]["PreliminaryReportResponse"] | null;
            disposition: components["schemas"]["DispositionResponse"] | null;
            capaIds: string[];
            deadlines: components["schemas"]["CaseDeadlineResponse"][];
            /**
             * Format: date-time
             * @description Earliest due time still ahead among obligations still owed; null when none
             * @example 2026-03-03T02:00:00.000Z
             */
            nextDueAt: string | null;
            /** @description An obligation still owed is past its due time (QA-3) */
            overdue: boolean;
            closure: components["schemas"]["ClosureResponse"] | null;
            /** @description The on-site repair dispatch did for the case (its work order's outcome) once there is a work order */
            repair: components["schemas"]["RepairOutcomeResponse"] | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        CasePageResponse: {
            items: components["schemas"]["CaseResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        CaseTimelineResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            caseId: string;
            events: components["schemas"]["TimelineEntryResponse"][];
        };
        SeverityDto: {
            /** @enum {string} */
            severity: "minor" | "severe";
            /** @example Three units of one lot affected */
            reason: string;
        };
        RecountDeadlinesDto: {
            /** @example the 2027 holidays were published */
            reason: string;
        };
        OpinionDto: {
            /** @example Scratch from packing; production to check the packing line */
            opinion: string;
        };
        InstructionDto: {
            /** @enum {string} */
            department: "production" | "engineering" | "quality" | "sales" | "other";
            /** @example Check the packing line fixtures and report the solution */
            instruction: string;
        };
        InstructDto: {
            instructions: components["schemas"]["InstructionDto"][];
        };
        FindingsDto: {
            /** @enum {string} */
            department: "production" | "engineering" | "quality" | "sales" | "other";
            /** @example Fixture edge worn; scratches the panel when packed */
            findings: string;
            /** @example Replace the fixture; inspect panels before packing */
            solution?: string;
            preventiveMeasures?: string;
            /**
             * @example [
             *       "att-photo-7"
             *     ]
             */
            evidenceRefs?: string[];
        };
        DeterminationDto: {
            /** @enum {string} */
            responsibility: "ours" | "human_factor" | "customer_cause" | "not_our_product";
            /**
             * @description Required when responsibility is ours
             * @enum {string}
             */
            ourCause?: "technical" | "production_equipment" | "management";
            /** @example Worn fixture on packing line 2 */
            summary: string;
            /**
             * @example [
             *       "findings:production",
             *       "att-photo-7"
             *     ]
             */
            evidenceRefs: string[];
            /** @description Required when the cause is not ours: the written result for the customer (QA-2) */
            explanationToCustomer?: string;
            /** @description Required when changing an earlier determination */
            reason?: string;
        };
        PreliminaryReportDto: {
            /** @example Root cause needs a lab test (2 weeks); exchange the unit now */
            summary: string;
            /** @enum {string} */
            proposedDisposition: "on_site_repair" | "return_for_repair" | "exchange" | "replenish" | "refund" | "price_concession" | "explain_and_close";
        };
        ReviewDto: {
            /** @description true approves; false rejects (a note is then required) */
            approve: boolean;
            note?: string;
        };
        DispositionDto: {
            /** @enum {string} */
            disposition: "on_site_repair" | "return_for_repair" | "exchange" | "replenish" | "refund" | "price_concession" | "explain_and_close";
            note?: string;
        };
        SummaryDto: {
            /** @example Panel exchanged; fixture replaced */
            summary: string;
        };
        CancelCaseDto: {
            reason: string;
        };
        CreateCapaDto: {
            /**
             * Format: uuid
             * @description The quality case
             */
            caseId: string;
            /** @enum {string} */
            department: "production" | "engineering" | "quality" | "sales" | "other";
            /** @example prod-lead-1 */
            ownerId: string;
            /**
             * Format: date
             * @description Local date in the case region
             * @example 2026-03-20
             */
            dueOn: string;
            /** @example Replace the worn fixture on packing line 2 */
            correctiveAction: string;
            /** @example Monthly fixture inspection in the maintenance plan */
            preventiveAction: string;
        };
        CapaPlanResponse: {
            /** @enum {string} */
            department: "production" | "engineering" | "quality" | "sales" | "other";
            /** @example cs-1 */
            ownerId: string;
            /**
             * Format: date
             * @description Due date in the case's region
             * @example 2026-03-02
             */
            dueOn: string;
            correctiveAction: string;
            preventiveAction: string;
        };
        VerificationResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            verificationId: string;
            shipmentId: string;
            lotId: string | null;
            /**
             * Format: date
             * @example 2026-03-02
             */
            checkedOn: string;
            /** @enum {string} */
            result: "pass" | "fail";
            note: string | null;
            /** @example cs-1 */
            verifiedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            recordedAt: string;
        };
        CapaResponseDto: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            capaId: string;
            /**
             * @description The caller's tenant
             * @example acme
             */
            tenantId: string;
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            caseId: string;
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            complaintId: string | null;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @enum {string} */
            status: "open" | "closed";
            plan: components["schemas"]["CapaPlanResponse"];
            /** @description QA-4: the case is ours and severe */
            required: boolean;
            /**
             * Format: int32
             * @description QA-4: later shipments that must pass before closing
             */
            minimumPassingVerifications: number;
            /**
             * Format: int32
             * @description Passed since the last failure
             */
            passingVerifications: number;
            verifications: components["schemas"]["VerificationResponse"][];
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            overdue: boolean;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            openedAt: string;
            /** @example 2026-03 */
            openedMonth: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            closedAt: string | null;
            /** @example 2026-03 */
            closedMonth: string | null;
            /** Format: int32 */
            reopenedCount: number;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        CapaPageResponse: {
            items: components["schemas"]["CapaResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        CapaTimelineResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            capaId: string;
            events: components["schemas"]["TimelineEntryResponse"][];
        };
        UpdateCapaDto: {
            /** @enum {string} */
            department?: "production" | "engineering" | "quality" | "sales" | "other";
            ownerId?: string;
            /**
             * Format: date
             * @example 2026-03-27
             */
            dueOn?: string;
            correctiveAction?: string;
            preventiveAction?: string;
            /** @description Why the plan changed */
            reason: string;
        };
        VerificationDto: {
            /** @example SHP-2026-0410 */
            shipmentId: string;
            /** @example LOT-77 */
            lotId?: string;
            /**
             * Format: date
             * @example 2026-04-10
             */
            checkedOn: string;
            /** @enum {string} */
            result: "pass" | "fail";
            note?: string;
        };
        CloseCapaDto: {
            note?: string;
        };
        CountEntryResponse: {
            key: string;
            /** Format: int32 */
            count: number;
        };
        ReportCasesResponse: {
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            previousTotal: number;
            /**
             * Format: int32
             * @description total − previousTotal
             */
            change: number;
            byDetermination?: {
                /** Format: int32 */
                ours: number;
                /** Format: int32 */
                human_factor: number;
                /** Format: int32 */
                customer_cause: number;
                /** Format: int32 */
                not_our_product: number;
                /** Format: int32 */
                undetermined: number;
            };
            byOurCause?: {
                /** Format: int32 */
                technical: number;
                /** Format: int32 */
                production_equipment: number;
                /** Format: int32 */
                management: number;
            };
            bySeverity?: {
                /** Format: int32 */
                minor: number;
                /** Format: int32 */
                severe: number;
            };
            byProduct: components["schemas"]["CountEntryResponse"][];
            byDefectNature: components["schemas"]["CountEntryResponse"][];
            byRegion: components["schemas"]["CountEntryResponse"][];
        };
        HotSpotResponse: {
            key: string;
            /** Format: int32 */
            count: number;
            /**
             * Format: int32
             * @description The count of the previous month
             */
            previous: number;
            /**
             * Format: int32
             * @description count − previous
             */
            change: number;
        };
        HotSpotsResponse: {
            products: components["schemas"]["HotSpotResponse"][];
            defects: components["schemas"]["HotSpotResponse"][];
        };
        ReportDeadlinesResponse: {
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            metOnTime: number;
            /** Format: int32 */
            metLate: number;
            /** Format: int32 */
            missed: number;
            /**
             * Format: int32
             * @description Still open and past due at `asOf`
             */
            openOverdue: number;
            /** Format: int32 */
            openNotDue: number;
            /** Format: int32 */
            cancelled: number;
            /**
             * Format: double
             * @description metOnTime ÷ (metOnTime + metLate + missed + openOverdue); null when nothing was due
             */
            complianceRate: number | null;
        };
        ReportCapaResponse: {
            /** Format: int32 */
            openedInMonth: number;
            /** Format: int32 */
            closedInMonth: number;
            /** Format: int32 */
            openAtMonthEnd: number;
            /** Format: int32 */
            overdueAtMonthEnd: number;
        };
        MonthlyReportResponse: {
            /** @example 2026-03 */
            month: string;
            /** @example 2026-03 */
            previousMonth: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string | null;
            /**
             * Format: date-time
             * @description The region's month end (or now, if sooner); null for all regions, which end the month at different instants
             * @example 2026-03-03T02:00:00.000Z
             */
            asOf: string | null;
            /**
             * @description Each region's own month end (or now, if sooner): its cases' deadlines and CAPAs' due dates are judged as of it
             * @example {
             *       "cn-east": "2026-03-31T16:00:00.000Z"
             *     }
             */
            asOfByRegion: {
                [key: string]: string;
            };
            cases: components["schemas"]["ReportCasesResponse"];
            hotSpots: components["schemas"]["HotSpotsResponse"];
            deadlines: components["schemas"]["ReportDeadlinesResponse"];
            capa: components["schemas"]["ReportCapaResponse"];
        };
        InspectionLineResponse: {
            /** @example L1 */
            lineId: string;
            /** @example PX-200 */
            sku: string;
            /** @description The serial the return request authorised */
            serialNumberAuthorised: string | null;
            /** @description The serial the warehouse received */
            serialNumberReceived: string | null;
            /** Format: int32 */
            quantityReceived: number;
            /**
             * @description QA-6; null until recorded
             * @enum {string|null}
             */
            finding: "quality_intact" | "defect_confirmed" | "customer_damage" | "not_resalable" | null;
            /**
             * @description Named for defect_confirmed
             * @enum {string|null}
             */
            responsibleDepartment: "production" | "engineering" | "quality" | "sales" | "other" | null;
            /** @description Named for defect_confirmed */
            responsiblePerson: string | null;
            /** @description The written reason for customer_damage; a remark otherwise */
            note: string | null;
            /**
             * Format: uuid
             * @description The CAPA (QA-4) that follows a confirmed defect, on the case the return came from
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            capaId: string | null;
            /** @example cs-1 */
            recordedBy: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            recordedAt: string | null;
        };
        InspectionResponseDto: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            inspectionId: string;
            /**
             * @description The caller's tenant
             * @example acme
             */
            tenantId: string;
            /**
             * Format: uuid
             * @description warehouse-returns' return request
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            returnRequestId: string;
            /**
             * Format: uuid
             * @description The QA case whose disposition started the return
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            caseId: string | null;
            /** @example cs-1 */
            customerId: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @enum {string} */
            reason: "unsalable" | "quality" | "customer_error";
            /**
             * @description open until QA signs or refuses (QA-6)
             * @enum {string}
             */
            status: "open" | "signed" | "refused";
            lines: components["schemas"]["InspectionLineResponse"][];
            /**
             * Format: int32
             * @description Lines without a finding yet
             */
            linesPending: number;
            /** @description The written reason of a refusal: the basis for refusing the return */
            refusalReason: string | null;
            /**
             * Format: date-time
             * @description When the warehouse received the goods
             * @example 2026-03-03T02:00:00.000Z
             */
            receivedAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            openedAt: string;
            /** @example cs-1 */
            inspectedBy: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            inspectedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        InspectionPageResponse: {
            items: components["schemas"]["InspectionResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        InspectionTimelineResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            inspectionId: string;
            events: components["schemas"]["TimelineEntryResponse"][];
        };
        LineFindingDto: {
            /**
             * @description A line of the return (as warehouse-returns received it)
             * @example L1
             */
            lineId: string;
            /**
             * @description quality_intact (unsalable and customer-error returns), defect_confirmed, customer_damage (QA refuses to sign), not_resalable
             * @enum {string}
             */
            finding: "quality_intact" | "defect_confirmed" | "customer_damage" | "not_resalable";
            /**
             * @description Required for defect_confirmed, refused otherwise
             * @enum {string}
             */
            responsibleDepartment?: "production" | "engineering" | "quality" | "sales" | "other";
            /**
             * @description Required for defect_confirmed, refused otherwise
             * @example prod-lead-1
             */
            responsiblePerson?: string;
            /**
             * @description Required for customer_damage: the written reason
             * @example housing cracked; forklift marks on the crate
             */
            note?: string;
            /**
             * Format: uuid
             * @description For defect_confirmed: the CAPA (QA-4) opened on the case the return came from (POST /qa/capas)
             */
            capaId?: string;
        };
        RecordInspectionFindingsDto: {
            findings: components["schemas"]["LineFindingDto"][];
        };
        CompleteInspectionDto: {
            /**
             * @description signed: QA's signature for booking (WR-5); refused: some line is customer damage (QA-6)
             * @enum {string}
             */
            verdict: "signed" | "refused";
            /**
             * @description Required when refused: the basis for refusing the return
             * @example The housing of L2 was cracked in the customer's handling; the return is refused
             */
            reason?: string;
        };
        WorkOrderCustomerDto: {
            /** @example C-10086 */
            customerId: string;
            /** @example 华东机械有限公司 */
            name?: string;
            /** @example 021-5555-0101 */
            phone?: string;
        };
        WorkOrderProductDto: {
            /** @example PX-200 */
            model: string;
            /**
             * @description The product line a technician must be qualified for (TR-2)
             * @example pumps
             */
            productLine: string;
            /** @example SN-2026-000123 */
            serialNumber?: string;
        };
        TakeOutletRequestDto: {
            customer: components["schemas"]["WorkOrderCustomerDto"];
            product: components["schemas"]["WorkOrderProductDto"];
            /** @example Pump leaks at the shaft seal */
            requestedWork: string;
            /**
             * @description DI-2: the work asked for; the outlet's scopes must include it
             * @example minor_repair
             * @enum {string}
             */
            scope: "minor_repair" | "routine_maintenance" | "spare_parts";
            /**
             * @description DI-2: what the outlet found the fault to come from; human damage, force majeure and consumables are never free
             * @example defect
             * @enum {string}
             */
            cause: "defect" | "wear" | "unknown" | "human_damage" | "force_majeure" | "consumable";
            /**
             * @description DI-2: accessories have the shorter warranty (main when absent)
             * @example main
             * @enum {string}
             */
            partClass?: "main" | "accessory";
            /**
             * Format: date
             * @description DI-2: when the customer received the goods, by the proof they show; intake's record of the serial number comes first
             * @example 2025-06-01
             */
            goodsReceivedOn?: string;
            /**
             * @description DI-2: a warranty card's period in months, which replaces the policy's
             * @example 24
             */
            warrantyCardMonths?: number;
        };
        WorkOrderSourceResponse: {
            /**
             * @description DI-1: a phone request, QA's on-site repair disposition, or (DI-2) a request taken at an outlet
             * @enum {string}
             */
            kind: "phone" | "qa_disposition" | "outlet";
            /**
             * Format: uuid
             * @description QA's case, for an order made from its on-site repair disposition
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            caseId: string | null;
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            complaintId: string | null;
        };
        WorkOrderOutletResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            outletId: string;
            name: string;
            /**
             * @description DI-2: the scope of the work the outlet takes on
             * @enum {string}
             */
            scope: "minor_repair" | "routine_maintenance" | "spare_parts";
        };
        FreeRepairReasonResponse: {
            /** @example DI-2 */
            rule: string;
            /** @enum {string} */
            code: "WITHIN_WARRANTY" | "WARRANTY_EXPIRED" | "NO_PROOF_OF_RECEIPT" | "EXCLUDED_CAUSE";
            /** @description The figures the decision used (warranty months and end, dates, cause) */
            details: {
                [key: string]: string | number;
            };
        };
        ReceiptEvidenceResponse: {
            /**
             * @description Where the goods-received date came from: intake's record of the serial number (a registered complaint), the customer's proof at the counter, or nowhere
             * @enum {string}
             */
            from: "intake" | "request" | "none";
            /**
             * Format: date
             * @example 2026-03-02
             */
            goodsReceivedOn?: string;
            /**
             * Format: uuid
             * @description The complaint whose registration recorded the date
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            complaintId?: string;
        };
        FreeRepairResponse: {
            /** @enum {string} */
            kind: "free" | "charged";
            /**
             * Format: date
             * @example 2026-03-02
             */
            warrantyEndsOn: string | null;
            /** @enum {string|null} */
            warrantySource: "policy" | "accessory" | "warranty_card" | null;
            reasons: components["schemas"]["FreeRepairReasonResponse"][];
            receipt: components["schemas"]["ReceiptEvidenceResponse"];
        };
        RemoteAttemptResponse: {
            /** @enum {string} */
            state: "in_progress" | "resolved" | "unresolved";
            /** @description Who agreed to the remote attempt for the customer */
            customerAgreedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            startedAt: string;
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            completedAt: string | null;
        };
        QualificationResponse: {
            /** @example pumps */
            productLine: string;
            /** @example CERT-2026-001 */
            certificateNo: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            issuedOn: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            expiresOn: string;
        };
        AssignmentResponse: {
            /** @example cs-1 */
            technicianId: string;
            technicianName: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            plannedOn: string;
            /** @description TR-2: the qualification in force on the planned date */
            qualification: components["schemas"]["QualificationResponse"];
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            assignedAt: string;
            /**
             * @description DI-3: how the arrival due time was counted
             * @enum {string}
             */
            arrivalBasis: "customer_required" | "wall" | "business_hours";
        };
        LocationResponse: {
            /** @enum {string} */
            kind: "text" | "coordinates";
            text?: string;
            latitude?: number;
            longitude?: number;
        };
        CheckInResponse: {
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
            location: components["schemas"]["LocationResponse"];
            /** @description Arrived after the arrival due time */
            late: boolean;
        };
        JobStepResponse: {
            /** @enum {string} */
            step: "accept" | "travel" | "diagnose" | "repair" | "self_check" | "lead_check" | "final_qc" | "hand_over";
            /** @example cs-1 */
            by: string;
            role: string;
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        ExtraWorkResponse: {
            /** Format: int32 */
            extraWorkNo: number;
            description: string;
            /**
             * @description Integer minor units (fen for CNY)
             * @example 15000
             */
            estimateMinor: number | null;
            /** @enum {string} */
            state: "proposed" | "consented" | "declined" | "done";
            /** @description Who gave or refused consent for the customer */
            consentBy: string | null;
        };
        PartLineResponse: {
            /** @example SEAL-9 */
            partNumber: string;
            issued: number;
            used: number;
            returned: number;
            /** @description issued − used − returned */
            variance: number;
        };
        PartVarianceResponse: {
            partNumber: string;
            variance: number;
        };
        ChargeResponse: {
            /** Format: int32 */
            chargeNo: number;
            description: string;
            /** @enum {string} */
            kind: "free" | "charged";
            /**
             * @description Integer minor units (fen for CNY)
             * @example 15000
             */
            amountMinor: number;
            /** @example CNY */
            currency: string;
        };
        SignOffContentResponse: {
            /** @enum {string} */
            kind: "signed" | "refused";
            signerName?: string;
            comment?: string | null;
            satisfaction?: number;
            /** @description Why the customer refused to sign */
            reason?: string;
        };
        SignOffResponse: {
            content: components["schemas"]["SignOffContentResponse"];
            /** @description DI-5: the digest of the order's content it signs (work, parts, times, charges) */
            digest: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
            /** @description False once a later change to the signed content invalidated it */
            valid: boolean;
        };
        SettlementResponse: {
            /**
             * @description Integer minor units (fen for CNY)
             * @example 15000
             */
            chargedTotalMinor: number;
            /** @example CNY */
            currency: string | null;
            receiptNumber: string | null;
            /** Format: int32 */
            freeItems: number;
            /** Format: int32 */
            chargedItems: number;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        EquipmentReceiptResponse: {
            receiptNumber: string;
            items: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            issuedAt: string;
            /**
             * Format: date-time
             * @description Null while the receipt is open
             * @example 2026-03-03T02:00:00.000Z
             */
            returnedAt: string | null;
        };
        ReportResponse: {
            cause: string;
            fix: string;
            parts: string;
            customerOpinion: string;
            /** @example cs-1 */
            by: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        FollowUpResponse: {
            /** @enum {string} */
            outcome: "reached" | "unreachable";
            satisfaction: number | null;
            complaint: string | null;
            notes: string | null;
            /** @description DI-8: a low rating or a complaint in the call passed a complaint to intake */
            opensComplaint: boolean;
            late: boolean;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        ConductResponse: {
            /** @enum {string} */
            kind: "late_arrival" | "left_without_report" | "incomplete_report" | "dispute";
            /**
             * @description Integer minor units (fen for CNY)
             * @example 15000
             */
            penaltyMinor: number;
            /** @example CNY */
            currency: string;
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        CancellationResponse: {
            reason: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        WorkOrderDeadlineResponse: {
            /** @enum {string} */
            obligation: "arrival" | "follow_up";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /** @enum {string} */
            state: "open" | "met" | "missed" | "met_late" | "cancelled";
        };
        WorkOrderResponseDto: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            workOrderId: string;
            /**
             * @description The caller's tenant
             * @example acme
             */
            tenantId: string;
            /** @enum {string} */
            status: "created" | "assigned" | "accepted" | "travelling" | "on_site" | "diagnosed" | "repaired" | "self_checked" | "lead_checked" | "qc_passed" | "handed_over" | "settled" | "closed" | "cancelled";
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            customer: components["schemas"]["CustomerResponse"];
            product: components["schemas"]["ProductResponse"];
            requestedWork: string;
            source: components["schemas"]["WorkOrderSourceResponse"];
            /** @description DI-2: the outlet the order is given to */
            outlet: components["schemas"]["WorkOrderOutletResponse"] | null;
            /** @description DI-2: a request taken at an outlet, decided free or charged by the free-repair rules */
            freeRepair: components["schemas"]["FreeRepairResponse"] | null;
            /** @description DI-3: the remote attempt the customer agreed to, and its outcome */
            remoteAttempt: components["schemas"]["RemoteAttemptResponse"] | null;
            /**
             * Format: date-time
             * @description DI-3: the customer's required arrival time, when they named one
             * @example 2026-03-03T02:00:00.000Z
             */
            customerRequiredBy: string | null;
            /** @example cs-1 */
            technicianId: string | null;
            assignment: components["schemas"]["AssignmentResponse"] | null;
            checkIn: components["schemas"]["CheckInResponse"] | null;
            steps: components["schemas"]["JobStepResponse"][];
            extraWork: components["schemas"]["ExtraWorkResponse"][];
            parts: components["schemas"]["PartLineResponse"][];
            /** @description DI-4: a dispatcher approved exactly the variance the parts show now */
            partsVarianceApproved: boolean;
            approvedVariance: components["schemas"]["PartVarianceResponse"][] | null;
            charges: components["schemas"]["ChargeResponse"][];
            signOff: components["schemas"]["SignOffResponse"] | null;
            settlement: components["schemas"]["SettlementResponse"] | null;
            equipmentReceipts: components["schemas"]["EquipmentReceiptResponse"][];
            /**
             * Format: int32
             * @description DI-6: equipment receipts still open
             */
            openEquipmentReceipts: number;
            report: components["schemas"]["ReportResponse"] | null;
            /**
             * Format: int32
             * @description DI-7/DI-8: complaints passed to intake
             */
            complaintsPassedOn: number;
            followUp: components["schemas"]["FollowUpResponse"] | null;
            conduct: components["schemas"]["ConductResponse"][];
            cancellation: components["schemas"]["CancellationResponse"] | null;
            /** @description The fault reported: a revisit matches on serial number and fault */
            faultCode: string | null;
            /**
             * Format: uuid
             * @description First-time fix: the earlier order on the same serial and fault this one revisits
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            revisitOf: string | null;
            /** @description Later orders revisiting this one */
            revisits: string[];
            /** @description False once a later order on the same serial and fault revisits this one */
            firstTimeFix: boolean;
            deadlines: components["schemas"]["WorkOrderDeadlineResponse"][];
            /**
             * Format: date-time
             * @description Earliest due time still ahead among obligations still owed; null when none
             * @example 2026-03-03T02:00:00.000Z
             */
            nextDueAt: string | null;
            /** @description An obligation still owed is past its due time */
            overdue: boolean;
            /** @example cs-1 */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        AssignOutletDto: {
            /**
             * Format: uuid
             * @description The outlet (as registered under /outlets)
             */
            outletId: string;
            /**
             * @description DI-2: the work the outlet takes on; the outlet's scopes must include it
             * @example minor_repair
             * @enum {string}
             */
            scope: "minor_repair" | "routine_maintenance" | "spare_parts";
        };
        StartRemoteAttemptDto: {
            /**
             * @description DI-3: who agreed to the remote attempt for the customer
             * @example Li Wei
             */
            customerAgreedBy: string;
        };
        RecordRemoteOutcomeDto: {
            /**
             * @description DI-3: resolved remotely (no visit; the order is handed over), or not (the on-site arrival is owed from now)
             * @example true
             */
            resolved: boolean;
            /** @example Reset the controller over the remote session */
            note?: string;
        };
        RegisterOutletDto: {
            /** @example Suzhou service point */
            name: string;
            /** @example cn-east */
            region: string;
            /**
             * @example [
             *       "minor_repair",
             *       "spare_parts"
             *     ]
             */
            scopes: ("minor_repair" | "routine_maintenance" | "spare_parts")[];
            /** @example 88 Renmin Rd, Suzhou */
            address: string;
            /**
             * @description The contact published to customers
             * @example 0512-5555-0101
             */
            contactPhone: string;
            /** @example Mon-Sat 09:00-18:00 */
            openingHours?: string;
        };
        OutletResponseDto: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            outletId: string;
            name: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            scopes: ("minor_repair" | "routine_maintenance" | "spare_parts")[];
            address: string;
            contactPhone: string;
            openingHours: string | null;
            /** @example acme */
            tenantId: string;
            /** @enum {string} */
            status: "open" | "closed";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        CloseOutletDto: {
            /** @example Moved to a new address */
            reason: string;
        };
        OutletPageResponse: {
            items: components["schemas"]["OutletResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        PublicOutletResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            outletId: string;
            name: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            scopes: ("minor_repair" | "routine_maintenance" | "spare_parts")[];
            address: string;
            contactPhone: string;
            openingHours: string | null;
        };
        PublicOutletPageResponse: {
            items: components["schemas"]["PublicOutletResponse"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        SuggestionResponse: {
            /** @example cs-1 */
            technicianId: string;
            name: string;
            /**
             * Format: int32
             * @description 1 is the best candidate
             */
            rank: number;
            /** @description TR-2: holds a qualification for the product line in force on the planned date (only these can be assigned) */
            qualified: boolean;
            qualification: components["schemas"]["QualificationResponse"] | null;
            /** @description DI-2: on the staff of the outlet the order is given to (only these can be assigned to it); null when the order is given to no outlet */
            atOutlet: boolean | null;
            sameRegion: boolean;
            /** Format: int32 */
            openOrders: number;
            /** @description Hours to their earliest commitment still owed (negative when passed); null when none */
            hoursToEarliestDue: number | null;
            /** @description Why they rank where they do */
            reasons: string[];
        };
        SuggestionsResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            workOrderId: string;
            productLine: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            plannedOn: string;
            candidates: components["schemas"]["SuggestionResponse"][];
        };
        AcceptWorkOrderDto: {
            /** @example Seal worn on the drive side */
            note?: string;
        };
        AddQualificationDto: {
            /** @example pumps */
            productLine: string;
            /** @example CERT-2026-001 */
            certificateNo: string;
            /**
             * Format: date
             * @description The first day it is valid
             * @example 2026-01-01
             */
            issuedOn: string;
            /**
             * Format: date
             * @description The last day it is valid
             * @example 2027-12-31
             */
            expiresOn: string;
        };
        TechnicianResponseDto: {
            /**
             * @description The technician's user id (their token's subject)
             * @example tech-1
             */
            technicianId: string;
            /** @example acme */
            tenantId: string;
            name: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @description A dealer's name for a dealer's technician; null for ours */
            employer: string | null;
            /**
             * Format: uuid
             * @description DI-2: the service outlet whose staff they are; null when none
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            outletId: string | null;
            qualifications: components["schemas"]["QualificationResponse"][];
            productLines: string[];
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            registeredAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        ApprovePartsVarianceDto: {
            /** @example One seal damaged while fitting */
            reason: string;
        };
        AssignTechnicianDto: {
            /**
             * @description The technician's user id (as registered under /technicians)
             * @example tech-1
             */
            technicianId: string;
            /**
             * Format: date
             * @description TR-2: the technician must hold a qualification for the product line in force on this date
             * @example 2026-03-03
             */
            plannedOn: string;
        };
        CheckInWorkOrderDto: {
            /**
             * @description Where the technician is, as free text (this, or latitude and longitude)
             * @example 3F workshop, gate B
             */
            locationText?: string;
            /** @example 31.2304 */
            latitude?: number;
            /** @example 121.4737 */
            longitude?: number;
        };
        CreateWorkOrderDto: {
            customer: components["schemas"]["WorkOrderCustomerDto"];
            product: components["schemas"]["WorkOrderProductDto"];
            /** @example Pump leaks at the shaft seal */
            requestedWork: string;
            /**
             * @description A calendar region (business-hours arrival deadlines count its calendar)
             * @example cn-east
             */
            region: string;
            /**
             * Format: date-time
             * @description DI-3: the customer's required arrival time; the policy's hours count when absent
             * @example 2026-03-03T18:00:00+08:00
             */
            customerRequiredBy?: string;
            /**
             * @description The fault reported: a second order on the same serial number and fault within the policy's look-back is linked as a revisit (first-time fix)
             * @example LEAK-SEAL
             */
            faultCode?: string;
            /** @example Li Wei */
            callerName?: string;
            /** @example 021-5555-0101 */
            callerPhone?: string;
        };
        DiagnoseWorkOrderDto: {
            /** @example Seal worn on the drive side */
            note?: string;
        };
        IssueEquipmentReceiptDto: {
            /** @example EQ-2026-0007 */
            receiptNumber: string;
            /** @example Pump head PX-200, serial SN-1 */
            items: string;
        };
        PerformExtraWorkDto: {
            /** @example 1 */
            extraWorkNo: number;
            /** @example Seal worn on the drive side */
            note?: string;
        };
        ProposeExtraWorkDto: {
            /** @example Replace the worn impeller as well */
            description: string;
            /**
             * @description Estimate in integer minor units
             * @example 30000
             */
            estimateMinor?: number;
        };
        RecordChargeDto: {
            /** @example Call-out fee */
            description: string;
            /**
             * @example charged
             * @enum {string}
             */
            kind: "free" | "charged";
            /**
             * @description Integer minor units (fen for CNY)
             * @example 15000
             */
            amountMinor: number;
            /** @example CNY */
            currency: string;
        };
        RecordConductDto: {
            /**
             * @example late_arrival
             * @enum {string}
             */
            kind: "late_arrival" | "left_without_report" | "incomplete_report" | "dispute";
            /** @example Arrived three hours late without notice */
            note?: string;
        };
        RecordExtraWorkConsentDto: {
            /** @example 1 */
            extraWorkNo: number;
            /** @example true */
            granted: boolean;
            /**
             * @description Who consented or refused for the customer
             * @example Li Wei
             */
            customerName: string;
        };
        RecordFinalQcDto: {
            /** @example Seal worn on the drive side */
            note?: string;
        };
        RecordFollowUpDto: {
            /**
             * @example reached
             * @enum {string}
             */
            outcome: "reached" | "unreachable";
            /** @example 4 */
            satisfaction?: number;
            /** @example The leak is back */
            complaint?: string;
            notes?: string;
        };
        RecordHandOverDto: {
            /** @example Seal worn on the drive side */
            note?: string;
        };
        RecordLeadCheckDto: {
            /** @example Seal worn on the drive side */
            note?: string;
        };
        RecordPartsDto: {
            /**
             * @example issued
             * @enum {string}
             */
            movement: "issued" | "used" | "returned";
            /** @example SEAL-9 */
            partNumber: string;
            /** @example 2 */
            quantity: number;
        };
        RecordSelfCheckDto: {
            /** @example Seal worn on the drive side */
            note?: string;
        };
        RegisterTechnicianDto: {
            /**
             * @description The technician's user id (their token's subject): they read the orders assigned to this id
             * @example tech-1
             */
            technicianId: string;
            /** @example Wang Gong */
            name: string;
            /** @example cn-east */
            region: string;
            /**
             * @description A dealer's technician: the dealer's name
             * @example Suzhou Service Partner Ltd
             */
            employer?: string;
            /**
             * Format: uuid
             * @description DI-2: the service outlet whose staff they are (registered under /outlets): only an outlet's staff are assigned to the orders given to it
             */
            outletId?: string;
        };
        RepairWorkOrderDto: {
            /** @example Seal worn on the drive side */
            note?: string;
        };
        ReportBackDto: {
            /** @example Worn shaft seal */
            cause: string;
            /** @example Seal replaced, pressure tested */
            fix: string;
            /** @example SEAL-9 x1 */
            parts: string;
            /** @example Satisfied */
            customerOpinion: string;
        };
        ReportComplaintDto: {
            /** @example The customer says the pump arrived damaged */
            text: string;
        };
        ReturnEquipmentDto: {
            /** @example EQ-2026-0007 */
            receiptNumber: string;
        };
        SettleWorkOrderDto: {
            /**
             * @description The customer confirmed the free items
             * @example true
             */
            freeItemsConfirmed: boolean;
            /**
             * @description Required when anything is charged
             * @example RCPT-2026-0001
             */
            receiptNumber?: string;
        };
        SignOffWorkOrderDto: {
            /**
             * @example signed
             * @enum {string}
             */
            kind: "signed" | "refused";
            /**
             * @description Required when signed
             * @example Li Wei
             */
            signerName?: string;
            /** @example Quick and tidy */
            comment?: string;
            /**
             * @description Required when signed
             * @example 5
             */
            satisfaction?: number;
            /**
             * @description Required when refused
             * @example Disputes the call-out fee
             */
            reason?: string;
        };
        TravelWorkOrderDto: {
            /** @example Seal worn on the drive side */
            note?: string;
        };
        WorkOrderTimelineResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            workOrderId: string;
            events: components["schemas"]["TimelineEntryResponse"][];
        };
        TechnicianPageResponse: {
            items: components["schemas"]["TechnicianResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        WorkOrderPageResponse: {
            items: components["schemas"]["WorkOrderResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        PurchaseLineDto: {
            /**
             * @description The model (QA's product.model): exchanges are valued at its unit price
             * @example PX-200
             */
            sku: string;
            /** @example 10 */
            quantity: number;
            /**
             * @description A decimal string in the document's currency, at most its minor digits (never a JSON number: no float money)
             * @example 1230.50
             */
            unitPrice: string;
        };
        PurchaseDocumentDto: {
            /**
             * @description The sales system's number: the same document twice counts once; changed contents are a correction
             * @example SO-2026-00042
             */
            documentNumber: string;
            /** @example C-10086 */
            customerId: string;
            /**
             * Format: date
             * @description The document's date (local, in the policy's time zone)
             * @example 2026-03-02
             */
            documentDate: string;
            /**
             * @description The customer's region (its limit)
             * @example cn-east
             */
            region: string;
            /** @example HT-2026-0042 */
            contractNumber?: string;
            /**
             * @description The sales rep: reads this customer's ratio
             * @example sales-7
             */
            salesRepId?: string;
            /**
             * @description ISO 4217
             * @example CNY
             */
            currency: string;
            lines: components["schemas"]["PurchaseLineDto"][];
        };
        RecordPurchasesDto: {
            documents: components["schemas"]["PurchaseDocumentDto"][];
        };
        DocumentOutcomeResponse: {
            /** @example cs-1 */
            customerId: string;
            /** @example cs-1 */
            documentNumber: string;
            /**
             * @description recorded (new), unchanged (the same document again: nothing recorded) or corrected (a correction event)
             * @enum {string}
             */
            outcome: "recorded" | "unchanged" | "corrected";
        };
        RecordPurchasesResponse: {
            documents: components["schemas"]["DocumentOutcomeResponse"][];
        };
        RowErrorResponse: {
            /**
             * Format: int32
             * @description The row as a spreadsheet numbers it (the header is row 1)
             */
            row: number;
            /** @example unit_price */
            column: string;
            /** @example too_many_decimals */
            code: string;
        };
        ImportPurchasesResponse: {
            documents: components["schemas"]["DocumentOutcomeResponse"][];
            /**
             * Format: int32
             * @description Data rows read
             */
            rows: number;
            /** @description Rows refused (only with validRowsOnly: their documents were not recorded) */
            rowErrors: components["schemas"]["RowErrorResponse"][];
        };
        PeriodResponse: {
            /** @enum {string} */
            kind: "month" | "quarter" | "year" | "rolling_days";
            /**
             * Format: date
             * @example 2026-03-02
             */
            from: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            to: string;
        };
        QuantityFiguresResponse: {
            /** Format: int32 */
            exchanged: number;
            /** Format: int32 */
            returned: number;
            /**
             * Format: int32
             * @description exchanged + returned
             */
            numerator: number;
            /**
             * Format: int32
             * @description Purchased in the period (the denominator)
             */
            purchased: number;
            /**
             * @description To 6 places, rounded half up, for display; decide on `exceeded`
             * @example 0.050000
             */
            ratio: string | null;
            exceeded: boolean;
        };
        AmountFiguresResponse: {
            /** @example CNY */
            currency: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            exchangedMinor: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            returnedMinor: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            numeratorMinor: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            purchasedMinor: string;
            /**
             * @description To 6 places, rounded half up, for display; decide on `exceeded`
             * @example 0.050000
             */
            ratio: string | null;
            exceeded: boolean;
        };
        LimitResponse: {
            /** @example 0.05 */
            quantity: string;
            /** @example 0.05 */
            amount: string;
            /**
             * @description A contract override, the region's limit, or the company-wide default
             * @enum {string}
             */
            source: "contract" | "region" | "default";
            /**
             * @description The contract of an override
             * @example cs-1
             */
            contractNumber: string | null;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string | null;
        };
        RatioDocumentResponse: {
            /** @example cs-1 */
            documentNumber: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            documentDate: string;
            /** @example CNY */
            currency: string;
            /** Format: int32 */
            quantity: number;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            amountMinor: string;
            /** @example cs-1 */
            contractNumber: string | null;
        };
        MovementValueResponse: {
            /** @example CNY */
            currency: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            amountMinor: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            unitPriceMinor: string;
            /**
             * @description The purchase document the price came from (a booked return: its delivery document, else its receipt note)
             * @example cs-1
             */
            documentNumber: string;
        };
        MovementSourceResponse: {
            /** @example qa.public.DispositionDecided */
            eventType: string;
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            eventId: string;
            /**
             * @description The QA case of a disposition; null for a booked return
             * @example cs-1
             */
            caseId: string | null;
            /**
             * Format: uuid
             * @description A booked return's request (warehouse-returns)
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            returnRequestId?: string;
            /**
             * @description A booked return's receipt-note line
             * @example cs-1
             */
            lineId?: string;
        };
        MovementResponse: {
            /** @example cs-1 */
            movementId: string;
            /** @enum {string} */
            kind: "exchanged" | "returned";
            /** Format: int32 */
            quantity: number;
            /** @example cs-1 */
            model: string;
            /** @example cs-1 */
            serialNumber: string | null;
            /** @example cs-1 */
            contractNumber: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            occurredOn: string;
            /** @description null when the customer never bought the model */
            value: components["schemas"]["MovementValueResponse"] | null;
            source: components["schemas"]["MovementSourceResponse"];
        };
        RatioResponse: {
            /** @example cs-1 */
            customerId: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            period: components["schemas"]["PeriodResponse"];
            quantity: components["schemas"]["QuantityFiguresResponse"];
            /** @description One per currency */
            amounts: components["schemas"]["AmountFiguresResponse"][];
            limit: components["schemas"]["LimitResponse"];
            /** @description Over the limit on quantity or on the amount of any currency (a ratio equal to the limit is within it) */
            overLimit: boolean;
            /**
             * Format: int32
             * @description Movements in the period no purchase of the model could value (counted in quantity only)
             */
            unvaluedMovements: number;
            /** Format: int32 */
            purchaseDocuments: number;
            /** Format: int32 */
            movements: number;
            /** @example finance-ratio-default@2026.2 */
            policyVersion: string;
            /**
             * Format: date-time
             * @description The clock reading it was computed at
             * @example 2026-03-03T02:00:00.000Z
             */
            asOf: string;
            /** @enum {string} */
            status: "within_limit" | "over_limit";
            /**
             * Format: uuid
             * @description The alert of the current crossing
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            openAlertId: string | null;
            /** @description The purchase documents in the period (the denominator) */
            documents: components["schemas"]["RatioDocumentResponse"][];
            /** @description The exchanges and returns in the period (the numerator) */
            movementDetails: components["schemas"]["MovementResponse"][];
        };
        SnapshotResponse: {
            /** @example cs-1 */
            customerId: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            period: components["schemas"]["PeriodResponse"];
            quantity: components["schemas"]["QuantityFiguresResponse"];
            /** @description One per currency */
            amounts: components["schemas"]["AmountFiguresResponse"][];
            limit: components["schemas"]["LimitResponse"];
            /** @description Over the limit on quantity or on the amount of any currency (a ratio equal to the limit is within it) */
            overLimit: boolean;
            /**
             * Format: int32
             * @description Movements in the period no purchase of the model could value (counted in quantity only)
             */
            unvaluedMovements: number;
            /** Format: int32 */
            purchaseDocuments: number;
            /** Format: int32 */
            movements: number;
            /** @example finance-ratio-default@2026.2 */
            policyVersion: string;
        };
        AcknowledgementResponse: {
            /** @example cs-1 */
            by: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
            comment: string;
        };
        AlertResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            alertId: string;
            /** @example cs-1 */
            customerId: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /**
             * Format: int32
             * @description The customer's how-manieth crossing of its limit
             */
            crossing: number;
            /** @enum {string} */
            status: "open" | "cleared";
            /**
             * @example [
             *       "business_head",
             *       "general_manager"
             *     ]
             */
            recipients: string[];
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            raisedAt: string;
            /** @description The ratio that crossed the limit */
            raisedWith: components["schemas"]["SnapshotResponse"];
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            clearedAt: string | null;
            /** @description The ratio back within the limit */
            clearedWith: components["schemas"]["SnapshotResponse"] | null;
            acknowledged: components["schemas"]["AcknowledgementResponse"] | null;
        };
        AlertPageResponse: {
            items: components["schemas"]["AlertResponse"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        AcknowledgeAlertDto: {
            /** @example Called the customer; a batch of PX-200 had a bad seal, CAPA open */
            comment: string;
        };
        RecordCostEntryDto: {
            /** @enum {string} */
            category: "parts" | "labour" | "freight" | "write_off";
            /**
             * @description A positive decimal string in the currency, at most its minor digits
             * @example 320.50
             */
            amount: string;
            /** @example CNY */
            currency: string;
            /**
             * Format: date
             * @description The local date the cost belongs to
             * @example 2026-03-04
             */
            occurredOn: string;
            /** @example C-10086 */
            customerId: string;
            /** @example cn-east */
            region: string;
            /**
             * @description The case, work order or return
             * @example case-42
             */
            caseRef?: string;
            /**
             * @description What caused it: the attribution rules (FR-3) name the party that bears it
             * @enum {string}
             */
            cause: "our_fault" | "late_or_wrong_information" | "unexplained_product_contents" | "unsold_customer_caused_return" | "special_case" | "customer_fault";
            /**
             * @description Required when the cause is the sales rep's
             * @example sales-7
             */
            salesRepId?: string;
            note?: string;
        };
        AttributionResponse: {
            /** @enum {string} */
            party: "company" | "sales_rep" | "sales_department" | "customer";
            /** @example cs-1 */
            salesRepId: string | null;
            /** @enum {string} */
            cause: "our_fault" | "late_or_wrong_information" | "unexplained_product_contents" | "unsold_customer_caused_return" | "special_case" | "customer_fault";
            /**
             * @description The sales department charged (WR-7: an unsold customer-caused return warehouse-returns charged to the department)
             * @example cs-1
             */
            department?: string;
        };
        CostSourceResponse: {
            /** @enum {string} */
            kind: "dispatch_settlement" | "returns_write_off" | "manual" | "adjustment";
            /** @example finance-ratio.CostEntryRecorded */
            eventType: string;
            /**
             * Format: uuid
             * @description The source event (null for a manual entry: its own recording is the source)
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            eventId: string | null;
        };
        CostEntryResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            entryId: string;
            /** @enum {string} */
            category: "parts" | "labour" | "freight" | "write_off";
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            amountMinor: string;
            /** @example CNY */
            currency: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            occurredOn: string;
            /** @example cs-1 */
            customerId: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @example cs-1 */
            caseRef: string | null;
            attribution: components["schemas"]["AttributionResponse"];
            source: components["schemas"]["CostSourceResponse"];
            /**
             * Format: uuid
             * @description The entry this one adjusts
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            adjusts: string | null;
            note: string | null;
            /** @example cs-1 */
            recordedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            recordedAt: string;
            /**
             * Format: uuid
             * @description The event that recorded it
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            recordedEventId: string;
        };
        AdjustCostEntryDto: {
            /**
             * @description A signed decimal string in the entry's currency: negative takes back
             * @example -20.00
             */
            amount: string;
            /** @example Freight was invoiced twice */
            note: string;
        };
        CostReportRowResponse: {
            /** @example C-10086 */
            key: string;
            /** @example CNY */
            currency: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            parts: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            labour: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            freight: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            writeOff: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            total: string;
            /** Format: int32 */
            entries: number;
        };
        CostReportTotalResponse: {
            /** @example CNY */
            currency: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            total: string;
            /** Format: int32 */
            entries: number;
        };
        CostReportResponse: {
            /** @enum {string} */
            groupBy: "customer" | "region" | "rep" | "department" | "party";
            /**
             * Format: date
             * @example 2026-03-02
             */
            from: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            to: string;
            rows: components["schemas"]["CostReportRowResponse"][];
            /** @description Per currency, the sum of every entry in the period (equals the rows' sum) */
            totals: components["schemas"]["CostReportTotalResponse"][];
        };
        ProposeRewardPenaltyDto: {
            /** @enum {string} */
            kind: "reward" | "penalty";
            /**
             * @description The person rewarded or fined
             * @example tech-7
             */
            subjectId: string;
            /** @example 2026-03 */
            month: string;
            /**
             * @description A decimal string in the policy currency, within its range for the kind
             * @example 200.00
             */
            amount: string;
            /** @example CNY */
            currency: string;
            /** @example Left the site without testing the repair: a second visit */
            reason: string;
            /** @example cn-east */
            region: string;
        };
        RewardPenaltySourceResponse: {
            /**
             * @description A manager's proposal, or a conduct record from dispatch (DI-9) arriving as one
             * @enum {string}
             */
            kind: "manual" | "dispatch_conduct";
            /**
             * Format: uuid
             * @description The dispatch.public.ConductRecorded event (null for a manual proposal)
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            eventId: string | null;
        };
        RewardPenaltyResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            proposalId: string;
            /** @enum {string} */
            kind: "reward" | "penalty";
            /** @enum {string} */
            status: "proposed" | "approved" | "rejected";
            /** @example cs-1 */
            subjectId: string;
            /** @example 2026-03 */
            month: string;
            /**
             * @description Integer minor units of the currency (123000 = 1230.00 CNY)
             * @example 123000
             */
            amountMinor: string;
            /** @example CNY */
            currency: string;
            reason: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            source: components["schemas"]["RewardPenaltySourceResponse"];
            /** @example cs-1 */
            proposedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            proposedAt: string;
            /** @example cs-1 */
            decidedBy: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            decidedAt: string | null;
            /** @description The approval's comment or the rejection's reason */
            decision: string | null;
            policyVersion: string | null;
        };
        ApproveRewardPenaltyDto: {
            comment?: string;
        };
        RejectRewardPenaltyDto: {
            /** @example No loss was caused */
            reason: string;
        };
        RewardPenaltyPageResponse: {
            items: components["schemas"]["RewardPenaltyResponse"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        ScheduleArchiveSubmissionsDto: {
            /**
             * @description A calendar region (its time zone ends each due date)
             * @example cn-east
             */
            region: string;
            /**
             * Format: date
             * @description First day of the range (local date): periods that lie wholly in [from, to) are expected
             * @example 2026-01-01
             */
            from: string;
            /**
             * Format: date
             * @description The day after the range (exclusive); at most 366 days after `from`
             * @example 2027-01-01
             */
            to: string;
        };
        ArchivePeriodResponse: {
            /**
             * @description `2026-Q1` (quarter), `2026-03` (month) or `2026-W10` (ISO week)
             * @example 2026-03
             */
            key: string;
            /**
             * Format: date
             * @description First day of the period (local date in the region)
             * @example 2026-03-02
             */
            start: string;
            /**
             * Format: date
             * @description The day after the period (exclusive)
             * @example 2026-03-02
             */
            end: string;
            /**
             * Format: date
             * @description Due by the end of this day in the region (AU-3)
             * @example 2026-03-02
             */
            dueOn: string;
        };
        SubmittedDocumentResponse: {
            /** @example 2026年3月派工单 */
            title: string;
            /**
             * @description Where the archived copy is (file number, document-system reference)
             * @example ARC-2026-03-WO
             */
            reference: string;
        };
        ArchiveSubmissionRecordResponse: {
            /** @example cs-1 */
            submittedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            submittedAt: string;
            document: components["schemas"]["SubmittedDocumentResponse"];
            note: string | null;
            /** @description Submitted after its due time */
            late: boolean;
        };
        ArchiveSubmissionDeadlineResponse: {
            /** @enum {string} */
            obligation: "submit";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /** @enum {string} */
            state: "open" | "met" | "missed" | "met_late" | "cancelled";
        };
        ArchiveSubmissionResponseDto: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            archiveSubmissionId: string;
            /**
             * @description The caller's tenant
             * @example acme
             */
            tenantId: string;
            /** @enum {string} */
            status: "expected" | "submitted";
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /**
             * @description What the archive schedule asks for (AU-3)
             * @enum {string}
             */
            kind: "dispatch_phone_log" | "work_orders" | "repair_receipts" | "statistics";
            period: components["schemas"]["ArchivePeriodResponse"];
            /** @example archive-schedule/2026.1 */
            scheduleVersion: string;
            /**
             * Format: date-time
             * @description Due at the end of `period.dueOn` in the region
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /** @description Who handed what to the archive, and when; null while expected */
            submission: components["schemas"]["ArchiveSubmissionRecordResponse"] | null;
            deadlines: components["schemas"]["ArchiveSubmissionDeadlineResponse"][];
            /**
             * Format: date-time
             * @description Earliest due time still ahead among obligations still owed; null when none
             * @example 2026-03-03T02:00:00.000Z
             */
            nextDueAt: string | null;
            /** @description An obligation still owed is past its due time */
            overdue: boolean;
            /** @example cs-1 */
            openedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            openedAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        ArchiveScheduleResponse: {
            /**
             * @description The archive schedule (policy) version that generated them
             * @example archive-schedule/2026.1
             */
            scheduleVersion: string;
            /** @description How many this request opened; the others existed already */
            created: number;
            items: components["schemas"]["ArchiveSubmissionResponseDto"][];
        };
        ArchiveSubmissionPageResponse: {
            items: components["schemas"]["ArchiveSubmissionResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        ArchiveSubmissionTimelineResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            archiveSubmissionId: string;
            events: components["schemas"]["TimelineEntryResponse"][];
        };
        SubmittedDocumentDto: {
            /** @example 2026年3月派工单 */
            title: string;
            /**
             * @description Where the archived copy is (file number, document-system reference)
             * @example ARC-2026-03-WO
             */
            reference: string;
        };
        SubmitArchiveSubmissionDto: {
            document: components["schemas"]["SubmittedDocumentDto"];
            /** @example Handed to the archive room */
            note?: string | null;
        };
        RaiseNonconformityDto: {
            /**
             * @description A calendar region (its time zone ends the corrective action's due date)
             * @example cn-east
             */
            region: string;
            /**
             * @description The requirement or clause the finding is against
             * @example GB/T 27922 5.3
             */
            clause: string;
            /** @example 3月两次上门超时未记录原因 */
            finding: string;
            /**
             * @example minor
             * @enum {string}
             */
            severity: "minor" | "major";
        };
        EffectivenessCheckResponse: {
            effective: boolean;
            note: string;
            /** @example cs-1 */
            checkedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            checkedAt: string;
            /** @description Checked after the action was due */
            late: boolean;
        };
        CorrectiveActionResponse: {
            round: number;
            action: string;
            /** @example cs-1 */
            ownerId: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            dueOn: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /** @example cs-1 */
            plannedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            plannedAt: string;
            /** @description Recorded past its due time */
            overdue: boolean;
            check: components["schemas"]["EffectivenessCheckResponse"] | null;
        };
        NonconformityResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            nonconformityId: string;
            /** @example acme */
            tenantId: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            clause: string;
            finding: string;
            /** @enum {string} */
            severity: "minor" | "major";
            /** @enum {string} */
            status: "raised" | "action_planned" | "closed";
            /** @example cs-1 */
            raisedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            raisedAt: string;
            actions: components["schemas"]["CorrectiveActionResponse"][];
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        PlanCorrectiveActionDto: {
            /** @example 派工系统强制填写超时原因 */
            action: string;
            /**
             * @description Who carries it out
             * @example ops-1
             */
            ownerId: string;
            /**
             * Format: date
             * @description Due by the end of this day in the region
             * @example 2026-03-02
             */
            dueOn: string;
        };
        CheckEffectivenessDto: {
            /** @description The action worked: the nonconformity closes; otherwise it needs another corrective action */
            effective: boolean;
            /** @example 抽查4月20单，均已填写 */
            note: string;
        };
        NonconformityPageResponse: {
            items: components["schemas"]["NonconformityResponse"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
        CheckpointResponse: {
            /**
             * @description The log origin, also the name of its key
             * @example aftersales.local/audit
             */
            origin: string;
            /**
             * Format: int64
             * @example 1042
             */
            size: number;
            /**
             * Format: byte
             * @example n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=
             */
            root: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            time: string;
            /** @description A C2SP signed note (tlog-checkpoint): origin, tree size, root hash, `time <ISO-8601>`, a blank line, then `— <key name> <base64 signature>` lines (the log, then witnesses' cosignature/v1) */
            note: string;
            /** @description The log's verifier key, `<name>+<hex key id>+<base64(0x01 || Ed25519 public key)>` */
            verifierKey: string;
            /** @description The witnesses whose cosignatures the note carries */
            witnesses: string[];
            /**
             * @description How each leaf was serialized (RFC 8785, versioned)
             * @example aftersales-event-jcs/1
             */
            canonicalization: string;
        };
        CosignatureDto: {
            treeSize: number;
            /** @example — cert-body.example/witness AAAAAAAAAAA… */
            line: string;
        };
        ArchivedActorResponse: {
            /** @example cs-1 */
            id: string;
            /** @example cs-1 */
            role: string;
        };
        ArchivedEventResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            id: string;
            /** @example intake.ComplaintRegistered */
            type: string;
            /**
             * Format: int32
             * @example 1
             */
            schemaVersion: number;
            /** @example intake.complaint-0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10 */
            stream: string;
            /** @example 3 */
            revision: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            occurredAt: string;
            /** @example cs-1 */
            tenantId: string;
            /** @example cs-1 */
            region: string;
            actor: components["schemas"]["ArchivedActorResponse"];
            correlationId: string;
            causationId: string | null;
            policyVersion: string | null;
            /** @description The event data exactly as its context recorded it */
            data: {
                [key: string]: unknown;
            };
        };
        LogEntryResponse: {
            /**
             * Format: int64
             * @description Archive position: the leaf index
             * @example 1042
             */
            position: number;
            /** @example intake */
            context: string;
            /**
             * @description The event's position in its source event store
             * @example 3
             */
            sourcePosition: string;
            /** @example aftersales-event-jcs/1 */
            canonicalization: string;
            event: components["schemas"]["ArchivedEventResponse"];
            /**
             * Format: byte
             * @description H(0x00 || canonical bytes)
             * @example n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=
             */
            leafHash: string;
            /**
             * Format: int64
             * @description The tree size the proof is for (a signed checkpoint)
             * @example 1042
             */
            treeSize: number;
            /** @description RFC 9162 inclusion proof, leaf first (base64 hashes) */
            inclusionProof: string[];
        };
        ConsistencyProofResponse: {
            /**
             * Format: int64
             * @example 1042
             */
            from: number;
            /**
             * Format: int64
             * @example 1042
             */
            to: number;
            /** @description RFC 9162 consistency proof (base64 hashes) */
            proof: string[];
        };
        VerifiedCheckpointResponse: {
            /**
             * Format: int64
             * @example 1042
             */
            size: number;
            /**
             * Format: byte
             * @example n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=
             */
            root: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            time: string;
        };
        DifferenceResponse: {
            /**
             * Format: int64
             * @description Archive position (leaf index)
             * @example 1042
             */
            position: number;
            eventId: string;
            stream: string;
            context: string;
            sourcePosition: string;
            reason: string;
        };
        ArchiveCheckResponse: {
            /**
             * Format: int64
             * @example 1042
             */
            checked: number;
            firstDifference: components["schemas"]["DifferenceResponse"] | null;
        };
        SourceContextResponse: {
            /** @example intake */
            context: string;
            /**
             * @description The source event store read for this context; null when none is configured (AUDIT_SOURCE_STORES)
             * @example postgres schema aftersales
             */
            store: string | null;
            /**
             * Format: int64
             * @description Signed events of this context recomputed from its source
             * @example 1042
             */
            checked: number;
            /**
             * Format: int64
             * @description Signed events of this context not read back: no store configured, or the store could not be read
             * @example 1042
             */
            unreachable: number;
            /** @description Why some were unreachable; null when all were read */
            reason: string | null;
        };
        SourceCheckResponse: {
            /**
             * Format: int64
             * @example 1042
             */
            checked: number;
            /**
             * Format: int64
             * @description Events whose source event store this process cannot reach
             * @example 1042
             */
            unreachable: number;
            /** @description Every signed event was read back at its source (no context unreachable) */
            complete: boolean;
            firstDifference: components["schemas"]["DifferenceResponse"] | null;
            /** @description Per context of the signed events, by name */
            contexts: components["schemas"]["SourceContextResponse"][];
        };
        VerificationReportResponse: {
            /** @description The checkpoint verifies and neither the archive nor any source differs from it */
            ok: boolean;
            checkpoint: components["schemas"]["VerifiedCheckpointResponse"] | null;
            /** @enum {string} */
            signature: "valid" | "invalid" | "none";
            /**
             * @description Whether the stored leaf hashes reproduce the checkpoint's signed root
             * @enum {string}
             */
            storedTree: "matches" | "differs" | "none";
            archive: components["schemas"]["ArchiveCheckResponse"];
            sources: components["schemas"]["SourceCheckResponse"];
            /**
             * Format: int64
             * @description Events archived after the checkpoint (no signature covers them yet)
             * @example 1042
             */
            unsigned: number;
        };
        BundleCaseResponse: {
            /** @example complaint */
            kind: string;
            id: string;
            stream: string;
            /** @example cs-1 */
            tenantId: string;
        };
        BundleLogResponse: {
            origin: string;
            verifierKey: string;
            /** @description Every key the log signed with, oldest first */
            keyHistory: string[];
            /** @description Witnesses' cosignature/v1 verifier keys */
            witnessKeys: string[];
        };
        BundleConsistencyResponse: {
            /**
             * Format: int64
             * @example 1042
             */
            from: number;
            proof: string[];
        };
        BundleEventResponse: {
            /**
             * Format: int64
             * @description Archive position (leaf index)
             * @example 1042
             */
            position: number;
            context: string;
            /** @example 3 */
            sourcePosition: string;
            event: components["schemas"]["ArchivedEventResponse"];
            /**
             * Format: byte
             * @example n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=
             */
            leafHash: string;
            inclusionProof: string[];
        };
        EvidenceBundleResponse: {
            /** @enum {string} */
            format: "aftersales-evidence-bundle/1";
            case: components["schemas"]["BundleCaseResponse"];
            /** @example aftersales-event-jcs/1 */
            canonicalization: string;
            log: components["schemas"]["BundleLogResponse"];
            /** @description A C2SP signed note (tlog-checkpoint): origin, tree size, root hash, `time <ISO-8601>`, a blank line, then `— <key name> <base64 signature>` lines (the log, then witnesses' cosignature/v1) */
            checkpoint: string;
            /** @description From trustedSize to the checkpoint, when asked for */
            consistency: components["schemas"]["BundleConsistencyResponse"][];
            events: components["schemas"]["BundleEventResponse"][];
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            exportedAt: string;
        };
        CaseFileActorResponse: {
            /** @example cs-1 */
            id: string;
            /** @example customer_service */
            role: string;
        };
        CaseFileDeadlineEffectResponse: {
            /**
             * @description The context's obligation name (intake's `acknowledge`, QA's `qa_opinion`, a CAPA's due date…)
             * @example acknowledge
             */
            obligation: string;
            /** @enum {string} */
            effect: "opened" | "rescheduled" | "met" | "met_late" | "missed" | "cancelled";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
        };
        CaseFileTimelineEntryResponse: {
            /**
             * Format: int64
             * @description Archive position
             * @example 1042
             */
            position: number;
            /** @example intake */
            context: string;
            /**
             * @description The event's position in its source event store
             * @example 3
             */
            sourcePosition: string;
            stream: string;
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            eventId: string;
            /** @example intake.ComplaintRegistered */
            type: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            occurredAt: string;
            actor: components["schemas"]["CaseFileActorResponse"];
            /** @description The policy version that decided the event (envelope) */
            policyVersion: string | null;
            /** @description The calendar version its deadlines were counted with (the event's calendarVersion) */
            calendarVersion: string | null;
            /** @description What the event did to the case's deadlines, by its context's obligation rules */
            deadlines: components["schemas"]["CaseFileDeadlineEffectResponse"][];
        };
        CaseFileEventRefResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            eventId: string;
            /**
             * Format: int64
             * @description Archive position
             * @example 1042
             */
            position: number;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            occurredAt: string;
        };
        CaseFileDeadlineResponse: {
            context: string;
            stream: string;
            /**
             * @description The context's obligation name (intake's `acknowledge`, QA's `qa_opinion`, a CAPA's due date…)
             * @example acknowledge
             */
            obligation: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /**
             * @description As recorded: met, met late, missed (by the scheduler), cancelled (the case ended) or still open
             * @enum {string}
             */
            state: "open" | "met" | "met_late" | "missed" | "cancelled";
            /** @description Open and past due at `asOf`: missed though no miss is recorded yet */
            overdue: boolean;
            /** @example cs-1 */
            responsibleId: string | null;
            openedBy: components["schemas"]["CaseFileEventRefResponse"];
            /** @description The event that met, missed or cancelled it; null while open */
            settledBy: components["schemas"]["CaseFileEventRefResponse"] | null;
        };
        CaseFileVersionsResponse: {
            policy: string[];
            calendar: string[];
        };
        CaseFileDeadlineCountsResponse: {
            /** Format: int32 */
            met: number;
            /** Format: int32 */
            metLate: number;
            /** Format: int32 */
            missed: number;
            /** Format: int32 */
            overdue: number;
            /** Format: int32 */
            open: number;
            /** Format: int32 */
            cancelled: number;
        };
        CaseFileSummaryResponse: {
            /** Format: int32 */
            events: number;
            contexts: string[];
            deadlines: components["schemas"]["CaseFileDeadlineCountsResponse"];
        };
        CaseFileResponse: {
            kind: string;
            id: string;
            stream: string;
            /**
             * Format: date-time
             * @description The instant the file stands at: `at`, or now
             * @example 2026-03-03T02:00:00.000Z
             */
            asOf: string;
            /** @description The case's events across contexts (its own stream and every event sharing its correlation ids), in archive order */
            timeline: components["schemas"]["CaseFileTimelineEntryResponse"][];
            /** @description Every deadline the case's contexts tracked, from their own obligation rules */
            deadlines: components["schemas"]["CaseFileDeadlineResponse"][];
            versions: components["schemas"]["CaseFileVersionsResponse"];
            summary: components["schemas"]["CaseFileSummaryResponse"];
        };
        ReplayedEventResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            id: string;
            type: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            occurredAt: string;
            /**
             * Format: int64
             * @description Archive position
             * @example 1042
             */
            position: number;
        };
        CaseReplayResponse: {
            kind: string;
            id: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
            /**
             * Format: int32
             * @description The case's own events at or before `at`, folded
             */
            eventsApplied: number;
            lastEvent: components["schemas"]["ReplayedEventResponse"] | null;
            /** @description The decider's state, folded with its own evolve */
            state: {
                [key: string]: unknown;
            };
            /** @description The view the context folds for GET (before presentation); null before the first event */
            view: {
                [key: string]: unknown;
            } | null;
        };
        CommitmentResponse: {
            /** @enum {string} */
            kind: "acknowledge" | "report_up" | "arrival" | "follow_up";
            /** @example intake */
            context: string;
            /** @example intake.complaint-0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10 */
            caseStream: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            openedAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /** @example cs-1 */
            responsibleId: string | null;
            /** @description The technician's employer (dispatch); null for intake */
            team: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            metAt: string | null;
            /** @enum {string} */
            outcome: "kept" | "late" | "missed" | "open" | "cancelled";
            policyVersion: string | null;
        };
        CommitmentCountResponse: {
            /** @enum {string} */
            kind: "acknowledge" | "report_up" | "arrival" | "follow_up";
            due: number;
            kept: number;
            late: number;
            missed: number;
            open: number;
            cancelled: number;
        };
        ComplaintRecordResponse: {
            complaintId: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            receivedAt: string;
            category: string | null;
            severity: string | null;
            highPriority: boolean;
            /** @description IN-10: repeats an earlier complaint */
            repeat: boolean;
            /** @example cs-1 */
            ownerId: string | null;
            acceptance: string | null;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            acknowledgedAt: string | null;
            escalations: number;
            /** @enum {string} */
            status: "open" | "closed" | "invalidated" | "withdrawn";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            endedAt: string | null;
            resolution: string | null;
        };
        SatisfactionResultResponse: {
            workOrderId: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @enum {string} */
            source: "sign_off" | "follow_up";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
            /** @description The customer's score */
            satisfaction: number | null;
            outcome: string;
            opensComplaint: boolean;
            /** @example cs-1 */
            technicianId: string | null;
            team: string | null;
        };
        CapaRecordResponse: {
            capaId: string;
            caseId: string | null;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            openedAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string | null;
            required: boolean;
            /** @example cs-1 */
            ownerId: string | null;
            verifications: number;
            passedVerifications: number;
            overdue: boolean;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            closedAt: string | null;
            /** @description Closed by its due time; null while open */
            closedOnTime: boolean | null;
        };
        VersionInForceResponse: {
            context: string;
            /** @enum {string} */
            kind: "policy" | "calendar";
            version: string;
            events: number;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            firstSeen: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            lastSeen: string;
        };
        NonconformityLineResponse: {
            nonconformityId: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            raisedAt: string;
            clause: string;
            finding: string;
            status: string;
            correctiveAction: string | null;
            effective: boolean | null;
        };
        EvidencePackResponse: {
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            period: components["schemas"]["PeriodResponse"];
            /**
             * Format: date-time
             * @description Outcomes as they stood at this instant
             * @example 2026-03-03T02:00:00.000Z
             */
            asOf: string;
            commitments: components["schemas"]["CommitmentResponse"][];
            commitmentSummary: components["schemas"]["CommitmentCountResponse"][];
            complaints: components["schemas"]["ComplaintRecordResponse"][];
            satisfaction: components["schemas"]["SatisfactionResultResponse"][];
            capas: components["schemas"]["CapaRecordResponse"][];
            versions: components["schemas"]["VersionInForceResponse"][];
            nonconformities: components["schemas"]["NonconformityLineResponse"][];
        };
        DisclosureRowResponse: {
            /**
             * @description A month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10), in the region's time zone
             * @example 2026-03
             */
            period: string;
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @enum {string} */
            kind: "acknowledge" | "report_up" | "arrival" | "follow_up";
            due: number;
            keptOnTime: number;
            keptLate: number;
            missed: number;
            /** @description (late + missed) ÷ decided; null when none was decided */
            defectRate: number | null;
        };
        DisclosureResponse: {
            /**
             * @description A month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10), in the region's time zone
             * @example 2026-03
             */
            period: string;
            /** @description Counts only: no case, person or customer */
            rows: components["schemas"]["DisclosureRowResponse"][];
        };
        SatisfactionKpiResponse: {
            scores: number;
            mean: number | null;
        };
        KpiRowResponse: {
            /** @enum {string} */
            scope: "region" | "team" | "person";
            key: string;
            /** @description Commitments kept on time ÷ decided */
            timeliness: components["schemas"]["RatioResponse"];
            /** @description Repeat complaints ÷ complaints (region, complaint owner) */
            repeatRate: components["schemas"]["RatioResponse"] | null;
            satisfaction: components["schemas"]["SatisfactionKpiResponse"];
            /** @description Region: complaints ÷ work orders; team, person: follow-ups that opened a complaint ÷ follow-ups */
            complaintRate: components["schemas"]["RatioResponse"] | null;
            /** @description Region only: exchanged or returned ÷ purchased quantity */
            exchangeRatio: components["schemas"]["RatioResponse"] | null;
        };
        KpiResponse: {
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            period: components["schemas"]["PeriodResponse"];
            rows: components["schemas"]["KpiRowResponse"][];
        };
        ReturnLineDto: {
            /**
             * @description Unique within the request; an amendment names the lines it keeps by it
             * @example L1
             */
            lineId: string;
            /** @example PUMP-3 */
            sku: string;
            /**
             * @description The serial authorised to come back, null where none is known
             * @example SN-100
             */
            serialNumber?: string | null;
            /** @example 2 */
            quantity: number;
            /**
             * @description The purchase (delivery) document finance published (finance-ratio.public.PurchaseDocumentRecorded)
             * @example D-2026-0001
             */
            deliveryDocument: string;
        };
        OpenReturnRequestDto: {
            /**
             * @description A calendar region (its working days count the return note's due time)
             * @example cn-east
             */
            region: string;
            /** @example C-10086 */
            customerId: string;
            /**
             * @description unsalable stock, a quality defect, or the customer's over- or wrong ordering
             * @example unsalable
             * @enum {string}
             */
            reason: "unsalable" | "quality" | "customer_error";
            lines: components["schemas"]["ReturnLineDto"][];
            /** @example Slow-moving stock at the distributor */
            note?: string;
        };
        ReturnSourceResponse: {
            /** @enum {string} */
            kind: "after_sales" | "qa_disposition";
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            caseId?: string;
            /** @enum {string} */
            disposition?: "exchange" | "return_for_repair" | "refund";
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            dispositionEventId?: string;
        };
        ReturnLineResponse: {
            /** @example L1 */
            lineId: string;
            /** @example PUMP-3 */
            sku: string;
            /**
             * @description The serial authorised to come back
             * @example SN-100
             */
            serialNumber: string | null;
            /**
             * Format: int32
             * @example 2
             */
            quantity: number;
            /**
             * @description The purchase (delivery) document
             * @example D-2026-0001
             */
            deliveryDocument: string;
            /**
             * Format: date
             * @example 2026-03-02
             */
            deliveredOn: string;
            /** @example cs-1 */
            contractNumber: string | null;
            /** @example CNY */
            currency: string;
            /**
             * @description Integer minor units of the currency (125000 = 1250.00 CNY)
             * @example 125000
             */
            unitPriceMinor: string;
            /** @example cs-1 */
            salesRepId: string | null;
        };
        SignatureResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            signatureId: string;
            /**
             * @description A step of the policy's chain, its exception or consent step, or qa_inspection
             * @example after_sales_check
             */
            step: string;
            /** @example cs-1 */
            signedBy: string;
            /** @example after_sales_head */
            role: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
            comment: string;
            /**
             * @description Digest of the request's customer, reason and lines when signed
             * @example sha256:0000000000000000000000000000000000000000000000000000000000000000
             */
            digest: string;
            coveredLineIds: string[];
            /** @description False once a change to a line it covered voided it (WR-2) */
            valid: boolean;
        };
        RatioFigureResponse: {
            /**
             * Format: int32
             * @description The sequence of finance's RatioSnapshotTaken the check read
             */
            sequence: number;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            asOf: string;
            /** @example 0.05 */
            ratio: string | null;
            /** @example 0.05 */
            amountRatio: string | null;
            /** @example 0.05 */
            limit: string;
            overLimit: boolean;
            /** @example finance-ratio-default@2026.1 */
            policyVersion: string;
        };
        RatioCheckResponse: {
            /**
             * @description A step of the policy's chain, its exception or consent step, or qa_inspection
             * @example after_sales_check
             */
            step: string;
            /** @example cs-1 */
            checkedBy: string;
            figure: components["schemas"]["RatioFigureResponse"];
            /** Format: int32 */
            daysSinceDelivery: number;
            /** Format: int32 */
            timeLimitDays: number;
            withinRatio: boolean;
            withinTimeLimit: boolean;
            /** @description Outside a limit, but the company leader's exception step is signed */
            overriddenByException: boolean;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        RefusalResponse: {
            /** @enum {string} */
            kind: "signer" | "ratio_check" | "qa_inspection";
            /**
             * @description A step of the policy's chain, its exception or consent step, or qa_inspection
             * @example after_sales_check
             */
            step: string;
            /** @example cs-1 */
            refusedBy: string;
            /** @example business_head */
            role: string;
            explanation: string;
            /** @description A company leader may still sign the exception step (WR-2) */
            exceptionPossible: boolean;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        TransportOrderResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            transportOrderId: string;
            carrier: string;
            /** @example cs-1 */
            driverId: string | null;
            pickupAddress: string;
            /** @example cs-1 */
            issuedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            issuedAt: string;
        };
        RecordedByResponse: {
            /** @example cs-1 */
            recordedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            at: string;
        };
        ReceivedLineResponse: {
            /** @example cs-1 */
            lineId: string;
            /** @example cs-1 */
            sku: string;
            /** @example cs-1 */
            serialNumberAuthorised: string | null;
            /** @example cs-1 */
            serialNumberReceived: string | null;
            /**
             * Format: int32
             * @example 2
             */
            quantityReceived: number;
            /** @description The serial received is not the one authorised: booking waits until it is resolved (WR-5) */
            serialMismatch: boolean;
            /** @enum {string|null} */
            resolution: "accept_received" | "reject_line" | null;
        };
        InspectedLineResponse: {
            /** @example cs-1 */
            lineId: string;
            /** @enum {string} */
            finding: "quality_intact" | "defect_confirmed" | "customer_damage" | "not_resalable";
            responsibleDepartment: string | null;
            responsiblePerson: string | null;
            note: string | null;
        };
        InspectionResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            inspectionId: string;
            /** @enum {string} */
            verdict: "signed" | "refused";
            reason: string | null;
            lines: components["schemas"]["InspectedLineResponse"][];
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            inspectedAt: string;
        };
        BookedLineResponse: {
            /** @example cs-1 */
            lineId: string;
            /** @example cs-1 */
            sku: string;
            /**
             * Format: int32
             * @example 2
             */
            quantity: number;
            /** @example CNY */
            currency: string;
            /**
             * @description Integer minor units of the currency (125000 = 1250.00 CNY)
             * @example 125000
             */
            unitPriceMinor: string;
            /**
             * @description Integer minor units of the currency (125000 = 1250.00 CNY)
             * @example 125000
             */
            amountMinor: string;
            /** @enum {string} */
            outcome: "exchange" | "refund" | "restock" | "write_off";
            /** @example cs-1 */
            deliveryDocument: string | null;
        };
        ReceiptResponse: {
            /** @example RN-20260303-0190F5C2 */
            receiptNoteNumber: string;
            lines: components["schemas"]["BookedLineResponse"][];
            /**
             * @description The customer, for a return outside the policy without the general manager's consent (WR-7)
             * @enum {string}
             */
            costsBorneBy: "company" | "customer";
            /** @example cs-1 */
            bookedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            bookedAt: string;
        };
        ChargedToResponse: {
            /** @enum {string} */
            kind: "sales_rep" | "department";
            /** @example cs-1 */
            id: string;
        };
        QualityCostResponse: {
            /** @example cs-1 */
            lineId: string;
            chargedTo: components["schemas"]["ChargedToResponse"];
            /** @example CNY */
            currency: string;
            /**
             * @description Integer minor units of the currency (125000 = 1250.00 CNY)
             * @example 125000
             */
            amountMinor: string;
            reason: string;
        };
        ReturnNoteResponse: {
            /** @example cs-1 */
            sentBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            sentAt: string;
            late: boolean;
        };
        ReturnRequestDeadlineResponse: {
            /** @enum {string} */
            obligation: "return_note";
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            dueAt: string;
            /** @enum {string} */
            state: "open" | "met" | "missed" | "met_late" | "cancelled";
        };
        ReturnRequestResponseDto: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            returnRequestId: string;
            /**
             * @description The caller's tenant
             * @example acme
             */
            tenantId: string;
            /** @enum {string} */
            status: "draft" | "in_approval" | "refused" | "approved" | "picked_up" | "arrived" | "counted" | "booked" | "closed";
            /**
             * @description A calendar region
             * @example cn-east
             */
            region: string;
            /** @example C-10086 */
            customerId: string;
            /** @enum {string} */
            reason: "unsalable" | "quality" | "customer_error";
            source: components["schemas"]["ReturnSourceResponse"];
            /**
             * Format: uuid
             * @description The QA case whose disposition made it
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            caseId: string | null;
            note: string | null;
            lines: components["schemas"]["ReturnLineResponse"][];
            signatures: components["schemas"]["SignatureResponse"][];
            /** @description The latest ratio and time-limit check (WR-2) */
            ratioCheck: components["schemas"]["RatioCheckResponse"] | null;
            refusal: components["schemas"]["RefusalResponse"] | null;
            transportOrder: components["schemas"]["TransportOrderResponse"] | null;
            pickup: components["schemas"]["RecordedByResponse"] | null;
            arrival: components["schemas"]["RecordedByResponse"] | null;
            received: components["schemas"]["ReceivedLineResponse"][];
            inspection: components["schemas"]["InspectionResponse"] | null;
            /** @enum {string|null} */
            customerChoice: "exchange" | "refund" | null;
            /** @description The receipt note (WR-6) */
            receipt: components["schemas"]["ReceiptResponse"] | null;
            qualityCosts: components["schemas"]["QualityCostResponse"][];
            returnNote: components["schemas"]["ReturnNoteResponse"] | null;
            deadlines: components["schemas"]["ReturnRequestDeadlineResponse"][];
            /**
             * Format: date-time
             * @description Earliest due time still ahead among obligations still owed; null when none
             * @example 2026-03-03T02:00:00.000Z
             */
            nextDueAt: string | null;
            /** @description An obligation still owed is past its due time */
            overdue: boolean;
            /** @example cs-1 */
            openedBy: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            openedAt: string;
            /**
             * Format: date-time
             * @example 2026-03-03T02:00:00.000Z
             */
            updatedAt: string;
            /** @example 3 */
            revision: string;
        };
        AmendReturnLinesDto: {
            lines: components["schemas"]["ReturnLineDto"][];
        };
        SignReturnStepDto: {
            /**
             * @description The step signed: the next of the reason's chain, or the exception or consent step (the policy's step ids)
             * @example after_sales_check
             */
            step: string;
            /** @example Within the contract's exchange ratio */
            comment?: string;
        };
        RefuseReturnStepDto: {
            /**
             * @description The step open for signature (the policy's step id)
             * @example business_head_approval
             */
            step: string;
            /** @example The goods were discontinued at the customer's request */
            explanation: string;
        };
        IssueTransportOrderDto: {
            /** @example SF Express */
            carrier: string;
            /**
             * @description The driver who collects, when known
             * @example drv-7
             */
            driverId?: string | null;
            /** @example Warehouse 3, 88 Binjiang Rd, Hangzhou */
            pickupAddress: string;
        };
        RecordPickupDto: {
            /** @example 2 pallets */
            note?: string;
        };
        RecordArrivalDto: {
            /** @example Dock 2 */
            note?: string;
        };
        CountedLineDto: {
            /** @example L1 */
            lineId: string;
            /** @example 2 */
            quantityReceived: number;
            /**
             * @description The serial on the goods received, null where none
             * @example SN-100
             */
            serialNumberReceived?: string | null;
        };
        RecordCountDto: {
            lines: components["schemas"]["CountedLineDto"][];
        };
        ResolveSerialMismatchDto: {
            /** @example L1 */
            lineId: string;
            /**
             * @example accept_received
             * @enum {string}
             */
            resolution: "accept_received" | "reject_line";
            /** @example Label swapped at dispatch; the unit is the one delivered */
            comment: string;
        };
        RecordOutcomeDto: {
            /**
             * @example refund
             * @enum {string}
             */
            choice: "exchange" | "refund";
        };
        BookReturnDto: {
            /** @example Bay 12 */
            note?: string;
        };
        SendReturnNoteDto: {
            /** @example Sent by e-mail to purchasing@customer.example */
            note?: string;
        };
        ReturnRequestTimelineResponse: {
            /**
             * Format: uuid
             * @example 0192f1de-7c1a-7cc2-9a4e-6b1f5e4f3a10
             */
            returnRequestId: string;
            events: components["schemas"]["TimelineEntryResponse"][];
        };
        ReturnRequestPageResponse: {
            items: components["schemas"]["ReturnRequestResponseDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /**
             * Format: int32
             * @description How many match the filters, over every page, counted up to 1,000 (or to the end of this page when it lies further)
             */
            total: number;
            /** @description False when more match than `total` says ("1000+") */
            totalExact: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ProjectionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectionStateResponse"][];
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ProjectionsController_rebuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildAcceptedResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `PLATFORM.PROJECTION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PLATFORM.PROJECTION_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveResponse"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready (non-critical checks may show `down`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyResponse"];
                };
            };
            /** @description Not ready: a critical check is down; `progress` shows, for a check that can tell, how far it is (e.g. each projection catching up: its position and the head of the log) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyResponse"];
                };
            };
        };
    };
    Me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales, sales_assistant, dispatcher, technician, qa, department, warehouse, driver, after_sales_head, area_manager, business_head, finance, general_manager, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    WriteProbeController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteProbeResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    WriteProbeController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteProbeResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `PLATFORM.PROBE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PLATFORM.PROBE_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOverviewResponse"];
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin, auditor. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A region id (`cn-east`, `de`) or a holiday source shared by regions (`cn`: every mainland region) */
                region: string;
                /** @description The calendar year, 1970–2999 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin, auditor. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `PLATFORM.CALENDAR_NOT_FOUND`, `PLATFORM.CALENDAR_YEAR_NOT_PUBLISHED` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PLATFORM.CALENDAR_NOT_FOUND" | "PLATFORM.CALENDAR_YEAR_NOT_PUBLISHED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PublishCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A region id (`cn-east`, `de`) or a holiday source shared by regions (`cn`: every mainland region) */
                region: string;
                /** @description The calendar year, 1970–2999 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishCalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `PLATFORM.CALENDAR_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "PLATFORM.CALENDAR_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListComplaints: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "registered" | "acknowledged" | "forwarded" | "closed" | "invalid" | "withdrawn";
                category?: "appearance" | "model_quantity" | "performance" | "service_attitude" | "non_quality" | "other";
                region?: string;
                /** @description Customer id */
                customer?: string;
                severity?: "minor" | "severe";
                acceptance?: "accepted_free" | "accepted_paid" | "rejected" | "needs_review";
                /** @description Owes an obligation whose due time has passed (IN-7, IN-8) */
                overdue?: boolean;
                /** @description IN-10 repeats only (or none) */
                repeat?: boolean;
                /** @description IN-9 */
                highPriority?: boolean;
                /** @description Received at or after */
                receivedFrom?: string;
                /** @description Received before */
                receivedTo?: string;
                /** @description `priority`: high-priority first, then oldest first */
                sort?: "receivedAt" | "-receivedAt" | "nextDueAt" | "-nextDueAt" | "priority" | "-updatedAt";
            };
            header?: {
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales, sales_assistant, business_head, general_manager, qa, dispatcher, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RegisterComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterComplaintDto"];
            };
        };
        responses: {
            /** @description Registered; the body is the complaint with its acceptance decision and deadlines */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales, sales_assistant. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales, sales_assistant, business_head, general_manager, qa, dispatcher, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetComplaintTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintTimelineResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales, sales_assistant, business_head, general_manager, qa, dispatcher, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AcknowledgeComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            /** @description The complaint after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_IS_REGISTERED`, `INTAKE.COMPLAINT_IS_ACKNOWLEDGED`, `INTAKE.COMPLAINT_IS_FORWARDED`, `INTAKE.COMPLAINT_IS_CLOSED`, `INTAKE.COMPLAINT_IS_INVALID`, `INTAKE.COMPLAINT_IS_WITHDRAWN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_IS_REGISTERED" | "INTAKE.COMPLAINT_IS_ACKNOWLEDGED" | "INTAKE.COMPLAINT_IS_FORWARDED" | "INTAKE.COMPLAINT_IS_CLOSED" | "INTAKE.COMPLAINT_IS_INVALID" | "INTAKE.COMPLAINT_IS_WITHDRAWN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ForwardComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardDto"];
            };
        };
        responses: {
            /** @description The complaint after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: sales, customer_service. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_IS_REGISTERED`, `INTAKE.COMPLAINT_IS_ACKNOWLEDGED`, `INTAKE.COMPLAINT_IS_FORWARDED`, `INTAKE.COMPLAINT_IS_CLOSED`, `INTAKE.COMPLAINT_IS_INVALID`, `INTAKE.COMPLAINT_IS_WITHDRAWN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_IS_REGISTERED" | "INTAKE.COMPLAINT_IS_ACKNOWLEDGED" | "INTAKE.COMPLAINT_IS_FORWARDED" | "INTAKE.COMPLAINT_IS_CLOSED" | "INTAKE.COMPLAINT_IS_INVALID" | "INTAKE.COMPLAINT_IS_WITHDRAWN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    InvalidateComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvalidateDto"];
            };
        };
        responses: {
            /** @description The complaint after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales_assistant, business_head. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_IS_REGISTERED`, `INTAKE.COMPLAINT_IS_ACKNOWLEDGED`, `INTAKE.COMPLAINT_IS_FORWARDED`, `INTAKE.COMPLAINT_IS_CLOSED`, `INTAKE.COMPLAINT_IS_INVALID`, `INTAKE.COMPLAINT_IS_WITHDRAWN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_IS_REGISTERED" | "INTAKE.COMPLAINT_IS_ACKNOWLEDGED" | "INTAKE.COMPLAINT_IS_FORWARDED" | "INTAKE.COMPLAINT_IS_CLOSED" | "INTAKE.COMPLAINT_IS_INVALID" | "INTAKE.COMPLAINT_IS_WITHDRAWN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    WithdrawComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintReasonDto"];
            };
        };
        responses: {
            /** @description The complaint after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_IS_REGISTERED`, `INTAKE.COMPLAINT_IS_ACKNOWLEDGED`, `INTAKE.COMPLAINT_IS_FORWARDED`, `INTAKE.COMPLAINT_IS_CLOSED`, `INTAKE.COMPLAINT_IS_INVALID`, `INTAKE.COMPLAINT_IS_WITHDRAWN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_IS_REGISTERED" | "INTAKE.COMPLAINT_IS_ACKNOWLEDGED" | "INTAKE.COMPLAINT_IS_FORWARDED" | "INTAKE.COMPLAINT_IS_CLOSED" | "INTAKE.COMPLAINT_IS_INVALID" | "INTAKE.COMPLAINT_IS_WITHDRAWN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    EscalateComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalateDto"];
            };
        };
        responses: {
            /** @description The complaint after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales, sales_assistant, business_head. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_IS_REGISTERED`, `INTAKE.COMPLAINT_IS_ACKNOWLEDGED`, `INTAKE.COMPLAINT_IS_FORWARDED`, `INTAKE.COMPLAINT_IS_CLOSED`, `INTAKE.COMPLAINT_IS_INVALID`, `INTAKE.COMPLAINT_IS_WITHDRAWN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_IS_REGISTERED" | "INTAKE.COMPLAINT_IS_ACKNOWLEDGED" | "INTAKE.COMPLAINT_IS_FORWARDED" | "INTAKE.COMPLAINT_IS_CLOSED" | "INTAKE.COMPLAINT_IS_INVALID" | "INTAKE.COMPLAINT_IS_WITHDRAWN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CloseComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDto"];
            };
        };
        responses: {
            /** @description The complaint after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales_assistant, business_head. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_IS_REGISTERED`, `INTAKE.COMPLAINT_IS_ACKNOWLEDGED`, `INTAKE.COMPLAINT_IS_FORWARDED`, `INTAKE.COMPLAINT_IS_CLOSED`, `INTAKE.COMPLAINT_IS_INVALID`, `INTAKE.COMPLAINT_IS_WITHDRAWN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_IS_REGISTERED" | "INTAKE.COMPLAINT_IS_ACKNOWLEDGED" | "INTAKE.COMPLAINT_IS_FORWARDED" | "INTAKE.COMPLAINT_IS_CLOSED" | "INTAKE.COMPLAINT_IS_INVALID" | "INTAKE.COMPLAINT_IS_WITHDRAWN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReassessComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassessDto"];
            };
        };
        responses: {
            /** @description The complaint after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: business_head, general_manager. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_IS_REGISTERED`, `INTAKE.COMPLAINT_IS_ACKNOWLEDGED`, `INTAKE.COMPLAINT_IS_FORWARDED`, `INTAKE.COMPLAINT_IS_CLOSED`, `INTAKE.COMPLAINT_IS_INVALID`, `INTAKE.COMPLAINT_IS_WITHDRAWN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_IS_REGISTERED" | "INTAKE.COMPLAINT_IS_ACKNOWLEDGED" | "INTAKE.COMPLAINT_IS_FORWARDED" | "INTAKE.COMPLAINT_IS_CLOSED" | "INTAKE.COMPLAINT_IS_INVALID" | "INTAKE.COMPLAINT_IS_WITHDRAWN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecountComplaintDeadlines: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
                /** @description zh-CN or en: the language of `labels` */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComplaintReasonDto"];
            };
        };
        responses: {
            /** @description The complaint after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `INTAKE.COMPLAINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "INTAKE.COMPLAINT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `INTAKE.COMPLAINT_IS_REGISTERED`, `INTAKE.COMPLAINT_IS_ACKNOWLEDGED`, `INTAKE.COMPLAINT_IS_FORWARDED`, `INTAKE.COMPLAINT_IS_CLOSED`, `INTAKE.COMPLAINT_IS_INVALID`, `INTAKE.COMPLAINT_IS_WITHDRAWN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "INTAKE.COMPLAINT_IS_REGISTERED" | "INTAKE.COMPLAINT_IS_ACKNOWLEDGED" | "INTAKE.COMPLAINT_IS_FORWARDED" | "INTAKE.COMPLAINT_IS_CLOSED" | "INTAKE.COMPLAINT_IS_INVALID" | "INTAKE.COMPLAINT_IS_WITHDRAWN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCurrentPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyResponse"];
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, sales, sales_assistant, business_head, general_manager, qa, dispatcher, finance, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListCases: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "analysing" | "determined" | "closed" | "cancelled";
                severity?: "minor" | "severe";
                responsibility?: "ours" | "human_factor" | "customer_cause" | "not_our_product";
                region?: string;
                /** @description The intake complaint the case came from */
                complaintId?: string;
                model?: string;
                customer?: string;
                /** @description Received in this month (region time) */
                month?: string;
                /** @description Owes an obligation whose due time has passed (QA-3) */
                overdue?: boolean;
                sort?: "receivedAt" | "-receivedAt" | "-updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, department, general_manager, business_head, auditor, admin, sales, sales_assistant. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OpenCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: sales_assistant, qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, department, general_manager, business_head, auditor, admin, sales, sales_assistant. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCaseTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTimelineResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, department, general_manager, business_head, auditor, admin, sales, sales_assistant. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ChangeSeverity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeverityDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION`, `QA.SEVERITY_UNCHANGED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION" | "QA.SEVERITY_UNCHANGED";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecountCaseDeadlines: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecountDeadlinesDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordOpinion: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpinionDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    InstructDepartments: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstructDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordFindings: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingsDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: department, qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    MakeDetermination: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeterminationDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `QA.OUR_CAUSE_REQUIRED`, `QA.OUR_CAUSE_NOT_APPLICABLE`, `QA.EXPLANATION_REQUIRED`, `QA.EVIDENCE_REQUIRED`, `QA.REASON_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "QA.OUR_CAUSE_REQUIRED" | "QA.OUR_CAUSE_NOT_APPLICABLE" | "QA.EXPLANATION_REQUIRED" | "QA.EVIDENCE_REQUIRED" | "QA.REASON_REQUIRED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    IssuePreliminaryReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreliminaryReportDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION`, `QA.PRELIMINARY_REPORT_SEVERE_ONLY`, `QA.ALREADY_DETERMINED`, `QA.PRELIMINARY_REPORT_PENDING`, `QA.PRELIMINARY_REPORT_APPROVED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION" | "QA.PRELIMINARY_REPORT_SEVERE_ONLY" | "QA.ALREADY_DETERMINED" | "QA.PRELIMINARY_REPORT_PENDING" | "QA.PRELIMINARY_REPORT_APPROVED";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReviewPreliminaryReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: general_manager. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION`, `QA.NO_PRELIMINARY_REPORT_PENDING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION" | "QA.NO_PRELIMINARY_REPORT_PENDING";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `QA.REASON_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "QA.REASON_REQUIRED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DecideDisposition: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DispositionDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION`, `QA.DETERMINATION_REQUIRED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION" | "QA.DETERMINATION_REQUIRED";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `QA.INTERIM_DISPOSITION_NOT_ALLOWED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "QA.INTERIM_DISPOSITION_NOT_ALLOWED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CloseCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION`, `QA.DETERMINATION_REQUIRED`, `QA.DISPOSITION_REQUIRED`, `QA.CAPA_REQUIRED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION" | "QA.DETERMINATION_REQUIRED" | "QA.DISPOSITION_REQUIRED" | "QA.CAPA_REQUIRED";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CancelCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelCaseDto"];
            };
        };
        responses: {
            /** @description The case after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CASE_IS_OPEN`, `QA.CASE_IS_ANALYSING`, `QA.CASE_IS_DETERMINED`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CASE_IS_OPEN" | "QA.CASE_IS_ANALYSING" | "QA.CASE_IS_DETERMINED" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListCapas: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                caseId?: string;
                status?: "open" | "closed";
                department?: "production" | "engineering" | "quality" | "sales" | "other";
                /** @description Open past its due date */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, department, general_manager, business_head, auditor, admin, sales, sales_assistant. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OpenCapa: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry opens nothing new and completes the link to the case */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCapaDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CASE_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CASE_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CAPA_EXISTS`, `QA.CASE_IS_CLOSED`, `QA.CASE_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CAPA_EXISTS" | "QA.CASE_IS_CLOSED" | "QA.CASE_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `QA.DUE_DATE_IN_PAST` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "QA.DUE_DATE_IN_PAST";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCapa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, department, general_manager, business_head, auditor, admin, sales, sales_assistant. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CAPA_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CAPA_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    UpdateCapa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCapaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, department. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CAPA_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CAPA_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `QA.CAPA_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CAPA_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `QA.DUE_DATE_IN_PAST` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.DUE_DATE_IN_PAST";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCapaTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaTimelineResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, department, general_manager, business_head, auditor, admin, sales, sales_assistant. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CAPA_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CAPA_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerificationDto"];
            };
        };
        responses: {
            /** @description The CAPA with the verification */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, sales. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CAPA_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CAPA_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `QA.VERIFICATION_BEFORE_CAPA`, `QA.VERIFICATION_IN_FUTURE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "QA.VERIFICATION_BEFORE_CAPA" | "QA.VERIFICATION_IN_FUTURE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CloseCapa: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCapaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapaResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.CAPA_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.CAPA_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.CAPA_IS_CLOSED`, `QA.CAPA_VERIFICATIONS_INSUFFICIENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.CAPA_IS_CLOSED" | "QA.CAPA_VERIFICATIONS_INSUFFICIENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetMonthlyReport: {
        parameters: {
            query: {
                month: string;
                /** @description One region; all regions when absent */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV when the client prefers text/csv (Accept) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyReportResponse"];
                    "text/csv": string;
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, general_manager, business_head, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `QA.REPORT_TOO_LARGE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.REPORT_TOO_LARGE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListInspections: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "signed" | "refused";
                reason?: "unsalable" | "quality" | "customer_error";
                customerId?: string;
                /** @description warehouse-returns' return request */
                returnRequestId?: string;
                /** @description The QA case the return came from */
                caseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, customer_service, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, customer_service, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.INSPECTION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.INSPECTION_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetInspectionTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionTimelineResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa, customer_service, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.INSPECTION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.INSPECTION_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordInspectionFindings: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordInspectionFindingsDto"];
            };
        };
        responses: {
            /** @description The inspection after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.INSPECTION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.INSPECTION_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.INSPECTION_IS_COMPLETED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.INSPECTION_IS_COMPLETED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `QA.INSPECTION_LINE_UNKNOWN`, `QA.INSPECTION_LINE_REPEATED`, `QA.RESPONSIBLE_PARTY_REQUIRED`, `QA.RESPONSIBLE_PARTY_NOT_APPLICABLE`, `QA.DAMAGE_REASON_REQUIRED`, `QA.INSPECTION_CAPA_NOT_LINKABLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "QA.INSPECTION_LINE_UNKNOWN" | "QA.INSPECTION_LINE_REPEATED" | "QA.RESPONSIBLE_PARTY_REQUIRED" | "QA.RESPONSIBLE_PARTY_NOT_APPLICABLE" | "QA.DAMAGE_REASON_REQUIRED" | "QA.INSPECTION_CAPA_NOT_LINKABLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CompleteInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteInspectionDto"];
            };
        };
        responses: {
            /** @description The inspection after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `QA.INSPECTION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "QA.INSPECTION_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `QA.INSPECTION_IS_COMPLETED`, `EVENTSTORE.WRONG_EXPECTED_REVISION`, `QA.FINDINGS_INCOMPLETE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "QA.INSPECTION_IS_COMPLETED" | "EVENTSTORE.WRONG_EXPECTED_REVISION" | "QA.FINDINGS_INCOMPLETE";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `QA.VERDICT_CONTRADICTS_FINDINGS`, `QA.REFUSAL_REASON_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "QA.VERDICT_CONTRADICTS_FINDINGS" | "QA.REFUSAL_REASON_REQUIRED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TakeOutletRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TakeOutletRequestDto"];
            };
        };
        responses: {
            /** @description Created; the body is the work order (`freeRepair` says free or charged, and why) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.OUTLET_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.OUTLET_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_EXISTS`, `DISPATCH.OUTLET_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_EXISTS" | "DISPATCH.OUTLET_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.OUTLET_SCOPE_MISMATCH` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.OUTLET_SCOPE_MISMATCH";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AssignOutlet: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignOutletDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND`, `DISPATCH.OUTLET_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND" | "DISPATCH.OUTLET_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.OUTLET_CLOSED`, `DISPATCH.REMOTE_ATTEMPT_IN_PROGRESS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.OUTLET_CLOSED" | "DISPATCH.REMOTE_ATTEMPT_IN_PROGRESS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.OUTLET_SCOPE_MISMATCH`, `DISPATCH.OUTLET_REGION_MISMATCH` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.OUTLET_SCOPE_MISMATCH" | "DISPATCH.OUTLET_REGION_MISMATCH";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    StartRemoteAttempt: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRemoteAttemptDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.REMOTE_ATTEMPT_RECORDED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.REMOTE_ATTEMPT_RECORDED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordRemoteOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRemoteOutcomeDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.NO_REMOTE_ATTEMPT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.NO_REMOTE_ATTEMPT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListOutlets: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                region?: string;
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher, technician, customer_service, qa, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RegisterOutlet: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOutletDto"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.OUTLET_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.OUTLET_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CloseOutlet: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseOutletDto"];
            };
        };
        responses: {
            /** @description The outlet after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutletResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.OUTLET_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.OUTLET_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.OUTLET_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.OUTLET_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListPublicOutlets: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                region?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicOutletPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
        };
    };
    SuggestTechnicians: {
        parameters: {
            query: {
                /** @description The work order to staff */
                workOrderId: string;
                /** @description The planned date the qualification must be in force on (TR-2) */
                plannedOn: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuggestionsResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AcceptWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptWorkOrderDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_AWAITS_CONSENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_AWAITS_CONSENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.STEP_NOT_FOR_ROLE`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.STEP_NOT_FOR_ROLE" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AddQualification: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                technicianId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddQualificationDto"];
            };
        };
        responses: {
            /** @description The technician after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicianResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.TECHNICIAN_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.TECHNICIAN_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.QUALIFICATION_DATES_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.QUALIFICATION_DATES_INVALID";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ApprovePartsVariance: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovePartsVarianceDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.NO_PARTS_VARIANCE`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.NO_PARTS_VARIANCE" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AssignTechnician: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignTechnicianDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND`, `DISPATCH.TECHNICIAN_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND" | "DISPATCH.TECHNICIAN_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.TECHNICIAN_NOT_QUALIFIED`, `DISPATCH.TECHNICIAN_NOT_AT_OUTLET` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.TECHNICIAN_NOT_QUALIFIED" | "DISPATCH.TECHNICIAN_NOT_AT_OUTLET";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CheckInWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInWorkOrderDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CloseWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.REPORT_REQUIRED`, `DISPATCH.PARTS_VARIANCE_UNAPPROVED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.REPORT_REQUIRED" | "DISPATCH.PARTS_VARIANCE_UNAPPROVED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListWorkOrders: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "created" | "assigned" | "accepted" | "travelling" | "on_site" | "diagnosed" | "repaired" | "self_checked" | "lead_checked" | "qc_passed" | "handed_over" | "settled" | "closed" | "cancelled";
                /** @description Owes an obligation (arrival, follow-up) whose due time has passed */
                overdue?: boolean;
                /** @description The assigned technician's user id */
                technicianId?: string;
                /** @description QA's case the order was made for */
                caseId?: string;
                /** @description DI-6: has an equipment receipt still open */
                openEquipmentReceipt?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher, technician, customer_service, qa, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkOrderDto"];
            };
        };
        responses: {
            /** @description Created; the body is the work order */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DiagnoseWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DiagnoseWorkOrderDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_AWAITS_CONSENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_AWAITS_CONSENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.STEP_NOT_FOR_ROLE`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.STEP_NOT_FOR_ROLE" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    IssueEquipmentReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueEquipmentReceiptDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician, dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EQUIPMENT_RECEIPT_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EQUIPMENT_RECEIPT_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PerformExtraWork: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PerformExtraWorkDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_DECIDED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_DECIDED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.EXTRA_WORK_NEEDS_CONSENT`, `DISPATCH.EXTRA_WORK_UNKNOWN`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.EXTRA_WORK_NEEDS_CONSENT" | "DISPATCH.EXTRA_WORK_UNKNOWN" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ProposeExtraWork: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeExtraWorkDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordCharge: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordChargeDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician, dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.CURRENCY_MISMATCH` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.CURRENCY_MISMATCH";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordConduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConductDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.NO_TECHNICIAN_ASSIGNED`, `DISPATCH.CONDUCT_RECORDED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.NO_TECHNICIAN_ASSIGNED" | "DISPATCH.CONDUCT_RECORDED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordExtraWorkConsent: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordExtraWorkConsentDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician, dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_DECIDED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_DECIDED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.EXTRA_WORK_UNKNOWN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.EXTRA_WORK_UNKNOWN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordFinalQc: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFinalQcDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: qa. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_AWAITS_CONSENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_AWAITS_CONSENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.STEP_NOT_FOR_ROLE`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.STEP_NOT_FOR_ROLE" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFollowUpDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: customer_service, dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.FOLLOW_UP_RECORDED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.FOLLOW_UP_RECORDED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordHandOver: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordHandOverDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_AWAITS_CONSENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_AWAITS_CONSENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.STEP_NOT_FOR_ROLE`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.STEP_NOT_FOR_ROLE" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordLeadCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordLeadCheckDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_AWAITS_CONSENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_AWAITS_CONSENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.STEP_NOT_FOR_ROLE`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.STEP_NOT_FOR_ROLE" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordParts: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPartsDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician, dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordSelfCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordSelfCheckDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_AWAITS_CONSENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_AWAITS_CONSENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.STEP_NOT_FOR_ROLE`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.STEP_NOT_FOR_ROLE" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListTechnicians: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                region?: string;
                /** @description Holds (or held) a qualification for this product line */
                productLine?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicianPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher, admin, auditor. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RegisterTechnician: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterTechnicianDto"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicianResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.OUTLET_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.OUTLET_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.TECHNICIAN_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.TECHNICIAN_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RepairWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RepairWorkOrderDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_AWAITS_CONSENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_AWAITS_CONSENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.STEP_NOT_FOR_ROLE`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.STEP_NOT_FOR_ROLE" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportBack: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportBackDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReportComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportComplaintDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician, dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReturnEquipment: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnEquipmentDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician, dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EQUIPMENT_RECEIPT_NOT_OPEN`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EQUIPMENT_RECEIPT_NOT_OPEN" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SettleWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettleWorkOrderDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.SIGN_OFF_REQUIRED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.SIGN_OFF_REQUIRED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.RECEIPT_NUMBER_REQUIRED`, `DISPATCH.FREE_ITEMS_UNCONFIRMED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.RECEIPT_NUMBER_REQUIRED" | "DISPATCH.FREE_ITEMS_UNCONFIRMED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SignOffWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffWorkOrderDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician, dispatcher. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.SIGN_OFF_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.SIGN_OFF_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TravelWorkOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TravelWorkOrderDto"];
            };
        };
        responses: {
            /** @description The work order after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: technician. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `DISPATCH.WORK_ORDER_IS_CREATED`, `DISPATCH.WORK_ORDER_IS_ASSIGNED`, `DISPATCH.WORK_ORDER_IS_ACCEPTED`, `DISPATCH.WORK_ORDER_IS_TRAVELLING`, `DISPATCH.WORK_ORDER_IS_ON_SITE`, `DISPATCH.WORK_ORDER_IS_DIAGNOSED`, `DISPATCH.WORK_ORDER_IS_REPAIRED`, `DISPATCH.WORK_ORDER_IS_SELF_CHECKED`, `DISPATCH.WORK_ORDER_IS_LEAD_CHECKED`, `DISPATCH.WORK_ORDER_IS_QC_PASSED`, `DISPATCH.WORK_ORDER_IS_HANDED_OVER`, `DISPATCH.WORK_ORDER_IS_SETTLED`, `DISPATCH.WORK_ORDER_IS_CLOSED`, `DISPATCH.WORK_ORDER_IS_CANCELLED`, `DISPATCH.EXTRA_WORK_AWAITS_CONSENT`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "DISPATCH.WORK_ORDER_IS_CREATED" | "DISPATCH.WORK_ORDER_IS_ASSIGNED" | "DISPATCH.WORK_ORDER_IS_ACCEPTED" | "DISPATCH.WORK_ORDER_IS_TRAVELLING" | "DISPATCH.WORK_ORDER_IS_ON_SITE" | "DISPATCH.WORK_ORDER_IS_DIAGNOSED" | "DISPATCH.WORK_ORDER_IS_REPAIRED" | "DISPATCH.WORK_ORDER_IS_SELF_CHECKED" | "DISPATCH.WORK_ORDER_IS_LEAD_CHECKED" | "DISPATCH.WORK_ORDER_IS_QC_PASSED" | "DISPATCH.WORK_ORDER_IS_HANDED_OVER" | "DISPATCH.WORK_ORDER_IS_SETTLED" | "DISPATCH.WORK_ORDER_IS_CLOSED" | "DISPATCH.WORK_ORDER_IS_CANCELLED" | "DISPATCH.EXTRA_WORK_AWAITS_CONSENT" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `DISPATCH.STEP_NOT_FOR_ROLE`, `DISPATCH.NOT_ASSIGNED_TECHNICIAN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "DISPATCH.STEP_NOT_FOR_ROLE" | "DISPATCH.NOT_ASSIGNED_TECHNICIAN";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetTechnician: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                technicianId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TechnicianResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher, admin, auditor. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.TECHNICIAN_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.TECHNICIAN_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetWorkOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher, technician, customer_service, qa, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetWorkOrderTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderTimelineResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: dispatcher, technician, customer_service, qa, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `DISPATCH.WORK_ORDER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "DISPATCH.WORK_ORDER_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordPurchases: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPurchasesDto"];
            };
        };
        responses: {
            /** @description Recorded: each document recorded, unchanged (seen before, nothing recorded) or corrected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordPurchasesResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ImportPurchases: {
        parameters: {
            query?: {
                /** @description Record the documents whose rows are all valid and report the others; without it a file with any bad row records nothing */
                validRowsOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description A .csv or .xlsx with the columns document_number, document_date, customer_id, region, contract_number, sales_rep_id, currency, sku, quantity, unit_price
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Recorded (with validRowsOnly, the documents whose rows were all valid) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPurchasesResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `FINANCE_RATIO.IMPORT_REJECTED`, `FINANCE_RATIO.UNREADABLE_FILE` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "FINANCE_RATIO.IMPORT_REJECTED" | "FINANCE_RATIO.UNREADABLE_FILE";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetRatio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatioResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, business_head, general_manager, auditor, admin, sales. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `FINANCE_RATIO.CUSTOMER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "FINANCE_RATIO.CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReevaluateRatio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Evaluated (and recorded when anything changed) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `FINANCE_RATIO.CUSTOMER_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "FINANCE_RATIO.CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListAlerts: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "cleared";
                customerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, business_head, general_manager, auditor, admin, sales. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AcknowledgeAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                alertId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeAlertDto"];
            };
        };
        responses: {
            /** @description The alert with its acknowledgement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: business_head, general_manager, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `FINANCE_RATIO.ALERT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "FINANCE_RATIO.ALERT_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `FINANCE_RATIO.ALERT_ALREADY_ACKNOWLEDGED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "FINANCE_RATIO.ALERT_ALREADY_ACKNOWLEDGED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordCostEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCostEntryDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostEntryResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `FINANCE_RATIO.COST_ENTRY_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "FINANCE_RATIO.COST_ENTRY_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `FINANCE_RATIO.SALES_REP_REQUIRED`, `FINANCE_RATIO.ZERO_AMOUNT`, `FINANCE_RATIO.NEGATIVE_COST` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "FINANCE_RATIO.SALES_REP_REQUIRED" | "FINANCE_RATIO.ZERO_AMOUNT" | "FINANCE_RATIO.NEGATIVE_COST";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCostEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostEntryResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, business_head, general_manager, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `FINANCE_RATIO.COST_ENTRY_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "FINANCE_RATIO.COST_ENTRY_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AdjustCostEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustCostEntryDto"];
            };
        };
        responses: {
            /** @description The adjusting entry */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostEntryResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `FINANCE_RATIO.COST_ENTRY_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "FINANCE_RATIO.COST_ENTRY_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `FINANCE_RATIO.COST_ENTRY_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "FINANCE_RATIO.COST_ENTRY_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `FINANCE_RATIO.ZERO_AMOUNT` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "FINANCE_RATIO.ZERO_AMOUNT";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCostReport: {
        parameters: {
            query: {
                groupBy: "customer" | "region" | "rep" | "department" | "party";
                /** @description First local date (inclusive) */
                from: string;
                /** @description Last local date (inclusive) */
                to: string;
                /** @description json (default), csv or xlsx */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostReportResponse"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, business_head, general_manager, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListRewardsPenalties: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "proposed" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardPenaltyPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: finance, business_head, general_manager, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ProposeRewardPenalty: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeRewardPenaltyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardPenaltyResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: business_head, general_manager. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `FINANCE_RATIO.PROPOSAL_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "FINANCE_RATIO.PROPOSAL_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `FINANCE_RATIO.OUTSIDE_POLICY_RANGE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "FINANCE_RATIO.OUTSIDE_POLICY_RANGE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ApproveRewardPenalty: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRewardPenaltyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardPenaltyResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: business_head, general_manager. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `FINANCE_RATIO.PROPOSAL_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "FINANCE_RATIO.PROPOSAL_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `FINANCE_RATIO.PROPOSAL_DECIDED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "FINANCE_RATIO.PROPOSAL_DECIDED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `FINANCE_RATIO.APPROVER_IS_PROPOSER` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "FINANCE_RATIO.APPROVER_IS_PROPOSER";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RejectRewardPenalty: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectRewardPenaltyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardPenaltyResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: business_head, general_manager. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `FINANCE_RATIO.PROPOSAL_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "FINANCE_RATIO.PROPOSAL_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `FINANCE_RATIO.PROPOSAL_DECIDED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "FINANCE_RATIO.PROPOSAL_DECIDED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ScheduleArchiveSubmissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleArchiveSubmissionsDto"];
            };
        };
        responses: {
            /** @description The expected submissions of the range (those opened before included) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveScheduleResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListArchiveSubmissions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "expected" | "submitted";
                kind?: "dispatch_phone_log" | "work_orders" | "repair_receipts" | "statistics";
                /** @description Only this region */
                region?: string;
                /** @description Owes its submission past the due time (AU-3: missing) */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveSubmissionPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetArchiveSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveSubmissionResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetArchiveSubmissionTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveSubmissionTimelineResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SubmitArchiveSubmission: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitArchiveSubmissionDto"];
            };
        };
        responses: {
            /** @description The archive submission after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveSubmissionResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.ARCHIVE_SUBMISSION_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `AUDIT.ARCHIVE_SUBMISSION_IS_EXPECTED`, `AUDIT.ARCHIVE_SUBMISSION_IS_SUBMITTED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "AUDIT.ARCHIVE_SUBMISSION_IS_EXPECTED" | "AUDIT.ARCHIVE_SUBMISSION_IS_SUBMITTED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListNonconformities: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "raised" | "action_planned" | "closed";
                /** @description Only this region */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RaiseNonconformity: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseNonconformityDto"];
            };
        };
        responses: {
            /** @description Raised; it needs a corrective action */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `AUDIT.NONCONFORMITY_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "AUDIT.NONCONFORMITY_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PlanCorrectiveAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanCorrectiveActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.NONCONFORMITY_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.NONCONFORMITY_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `AUDIT.NONCONFORMITY_IS_RAISED`, `AUDIT.NONCONFORMITY_IS_ACTION_PLANNED`, `AUDIT.NONCONFORMITY_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "AUDIT.NONCONFORMITY_IS_RAISED" | "AUDIT.NONCONFORMITY_IS_ACTION_PLANNED" | "AUDIT.NONCONFORMITY_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CheckEffectiveness: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckEffectivenessDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.NONCONFORMITY_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.NONCONFORMITY_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `AUDIT.NONCONFORMITY_IS_RAISED`, `AUDIT.NONCONFORMITY_IS_ACTION_PLANNED`, `AUDIT.NONCONFORMITY_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "AUDIT.NONCONFORMITY_IS_RAISED" | "AUDIT.NONCONFORMITY_IS_ACTION_PLANNED" | "AUDIT.NONCONFORMITY_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetNonconformity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NonconformityResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.NONCONFORMITY_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.NONCONFORMITY_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AuditLogController_latest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointResponse"];
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.CHECKPOINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.CHECKPOINT_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AuditLogController_sign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointResponse"];
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AuditLogController_cosign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CosignatureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckpointResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.CHECKPOINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.CHECKPOINT_NOT_FOUND";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `AUDIT.COSIGNATURE_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.COSIGNATURE_INVALID";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AuditLogController_entry: {
        parameters: {
            query?: {
                /** @description A signed checkpoint tree size; the latest checkpoint when absent */
                treeSize?: number;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogEntryResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.EVENT_NOT_ARCHIVED`, `AUDIT.CHECKPOINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.EVENT_NOT_ARCHIVED" | "AUDIT.CHECKPOINT_NOT_FOUND";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `AUDIT.TREE_SIZE_OUT_OF_RANGE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.TREE_SIZE_OUT_OF_RANGE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AuditLogController_consistency: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyProofResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.CHECKPOINT_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.CHECKPOINT_NOT_FOUND";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `AUDIT.TREE_SIZE_OUT_OF_RANGE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.TREE_SIZE_OUT_OF_RANGE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AuditLogController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationReportResponse"];
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CaseFilesController_bundle: {
        parameters: {
            query?: {
                /** @description Adds a consistency proof from this tree size (a checkpoint the auditor kept) to the bundle's checkpoint */
                trustedSize?: number;
            };
            header?: never;
            path: {
                kind: "complaint" | "qa-case" | "capa" | "return-inspection" | "work-order" | "return-request";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceBundleResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.CASE_KIND_UNKNOWN`, `AUDIT.CASE_NOT_ARCHIVED` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.CASE_KIND_UNKNOWN" | "AUDIT.CASE_NOT_ARCHIVED";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `AUDIT.TREE_SIZE_OUT_OF_RANGE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.TREE_SIZE_OUT_OF_RANGE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CaseFilesController_file: {
        parameters: {
            query?: {
                /** @description An instant with its zone; the events after it are left out and the deadlines are judged then (now when absent) */
                at?: string;
            };
            header?: never;
            path: {
                kind: "complaint" | "qa-case" | "capa" | "return-inspection" | "work-order" | "return-request";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFileResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.CASE_KIND_UNKNOWN`, `AUDIT.CASE_NOT_ARCHIVED` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.CASE_KIND_UNKNOWN" | "AUDIT.CASE_NOT_ARCHIVED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CaseFilesController_replay: {
        parameters: {
            query: {
                /** @description An instant with its zone */
                at: string;
            };
            header?: never;
            path: {
                kind: "complaint" | "qa-case" | "capa" | "return-inspection" | "work-order" | "return-request";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReplayResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `AUDIT.CASE_KIND_UNKNOWN`, `AUDIT.CASE_NOT_ARCHIVED` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUDIT.CASE_KIND_UNKNOWN" | "AUDIT.CASE_NOT_ARCHIVED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetEvidencePack: {
        parameters: {
            query: {
                /** @description A month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10), in the region's time zone */
                period: string;
                /** @description A calendar region */
                region: string;
                /** @description json (default), csv (one section), xlsx or pdf */
                format?: "json" | "csv" | "xlsx" | "pdf";
                /** @description The section a CSV holds (default commitments) */
                section?: "commitments" | "complaints" | "satisfaction" | "capas" | "versions" | "nonconformities";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pack in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidencePackResponse"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetServiceDefectDisclosure: {
        parameters: {
            query: {
                /** @description A month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10), in the region's time zone */
                period: string;
                /** @description One region; every region when absent */
                region?: string;
                /** @description json (default), csv or xlsx */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disclosure in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureResponse"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetKpis: {
        parameters: {
            query: {
                /** @description A month (2026-03), a quarter (2026-Q1) or an ISO week (2026-W10), in the region's time zone */
                period: string;
                /** @description A calendar region */
                region: string;
                /** @description json (default), csv or xlsx */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The KPIs in the format asked for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiResponse"];
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListReturnRequests: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "draft" | "in_approval" | "refused" | "approved" | "picked_up" | "arrived" | "counted" | "booked" | "closed";
                reason?: "unsalable" | "quality" | "customer_error";
                customerId?: string;
                /** @description The QA case whose disposition made the request */
                caseId?: string;
                /** @description Owes the return note past its due time */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestPageResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head, business_head, area_manager, general_manager, finance, warehouse, qa, customer_service, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    OpenReturnRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenReturnRequestDto"];
            };
        };
        responses: {
            /** @description Opened; the body is the return request with its lines at the deliveries' prices */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_EXISTS" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `WAREHOUSE_RETURNS.LINE_NOT_DELIVERED`, `WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED`, `WAREHOUSE_RETURNS.UNKNOWN_LINE`, `WAREHOUSE_RETURNS.NO_LINES` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "WAREHOUSE_RETURNS.LINE_NOT_DELIVERED" | "WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED" | "WAREHOUSE_RETURNS.UNKNOWN_LINE" | "WAREHOUSE_RETURNS.NO_LINES";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AmendReturnLines: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendReturnLinesDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `WAREHOUSE_RETURNS.LINE_NOT_DELIVERED`, `WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED`, `WAREHOUSE_RETURNS.UNKNOWN_LINE`, `WAREHOUSE_RETURNS.NO_LINES` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "WAREHOUSE_RETURNS.LINE_NOT_DELIVERED" | "WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_DELIVERED" | "WAREHOUSE_RETURNS.UNKNOWN_LINE" | "WAREHOUSE_RETURNS.NO_LINES";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SignReturnStep: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignReturnStepDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head, business_head, area_manager, general_manager, finance. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `WAREHOUSE_RETURNS.RATIO_NOT_AVAILABLE`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "WAREHOUSE_RETURNS.RATIO_NOT_AVAILABLE" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `WAREHOUSE_RETURNS.STEP_NOT_OPEN`, `WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE`, `WAREHOUSE_RETURNS.ALREADY_SIGNED_ANOTHER_STEP` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "WAREHOUSE_RETURNS.STEP_NOT_OPEN" | "WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE" | "WAREHOUSE_RETURNS.ALREADY_SIGNED_ANOTHER_STEP";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RefuseReturnStep: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseReturnStepDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head, business_head, area_manager, general_manager, finance. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `WAREHOUSE_RETURNS.STEP_NOT_OPEN`, `WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "WAREHOUSE_RETURNS.STEP_NOT_OPEN" | "WAREHOUSE_RETURNS.WRONG_SIGNER_ROLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    IssueTransportOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueTransportOrderDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `WAREHOUSE_RETURNS.TRANSPORT_ORDER_EXISTS`, `WAREHOUSE_RETURNS.APPROVAL_INCOMPLETE`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "WAREHOUSE_RETURNS.TRANSPORT_ORDER_EXISTS" | "WAREHOUSE_RETURNS.APPROVAL_INCOMPLETE" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordPickup: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPickupDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: driver, warehouse. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `WAREHOUSE_RETURNS.NO_TRANSPORT_ORDER`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "WAREHOUSE_RETURNS.NO_TRANSPORT_ORDER" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordArrival: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordArrivalDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: warehouse. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordCount: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCountDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: warehouse. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `WAREHOUSE_RETURNS.UNKNOWN_LINE`, `WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_AUTHORISED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "WAREHOUSE_RETURNS.UNKNOWN_LINE" | "WAREHOUSE_RETURNS.QUANTITY_EXCEEDS_AUTHORISED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ResolveSerialMismatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveSerialMismatchDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `WAREHOUSE_RETURNS.NO_SERIAL_MISMATCH` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "WAREHOUSE_RETURNS.NO_SERIAL_MISMATCH";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RecordOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordOutcomeDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `WAREHOUSE_RETURNS.INSPECTION_PENDING`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "WAREHOUSE_RETURNS.INSPECTION_PENDING" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED`, `WAREHOUSE_RETURNS.CHOICE_NOT_APPLICABLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED" | "WAREHOUSE_RETURNS.CHOICE_NOT_APPLICABLE";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    BookReturn: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookReturnDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: warehouse. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `WAREHOUSE_RETURNS.SERIAL_MISMATCH_UNRESOLVED`, `WAREHOUSE_RETURNS.SIGNATURES_MISSING`, `WAREHOUSE_RETURNS.CUSTOMER_CHOICE_MISSING`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "WAREHOUSE_RETURNS.SERIAL_MISMATCH_UNRESOLVED" | "WAREHOUSE_RETURNS.SIGNATURES_MISSING" | "WAREHOUSE_RETURNS.CUSTOMER_CHOICE_MISSING" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    SendReturnNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key and body replays the first response (header Idempotent-Replayed: true) and records nothing */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendReturnNoteDto"];
            };
        };
        responses: {
            /** @description The return request after the command */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.MALFORMED_JSON`, `REQUEST.TOO_DEEP`, `REQUEST.BAD`, `REQUEST.BAD_URL`, `IDEMPOTENCY.KEY_INVALID` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.MALFORMED_JSON" | "REQUEST.TOO_DEEP" | "REQUEST.BAD" | "REQUEST.BAD_URL" | "IDEMPOTENCY.KEY_INVALID";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head, warehouse. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description The current state does not allow it (details.status, details.command), or a concurrent change. Codes: `IDEMPOTENCY.IN_PROGRESS`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED`, `WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED`, `EVENTSTORE.WRONG_EXPECTED_REVISION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.IN_PROGRESS" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_DRAFT" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_IN_APPROVAL" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_REFUSED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_APPROVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_PICKED_UP" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_ARRIVED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_COUNTED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_BOOKED" | "WAREHOUSE_RETURNS.RETURN_REQUEST_IS_CLOSED" | "EVENTSTORE.WRONG_EXPECTED_REVISION";
                    };
                };
            };
            /** @description The body is larger than the limit. Codes: `REQUEST.TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.TOO_LARGE";
                    };
                };
            };
            /** @description The body is not JSON. Codes: `REQUEST.UNSUPPORTED_MEDIA_TYPE` */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description A rule refused the content; nothing recorded. Codes: `IDEMPOTENCY.KEY_REUSED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY.KEY_REUSED";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCustomerRatio: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatioFigureResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head, business_head, area_manager, general_manager, finance, warehouse, qa, customer_service, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.CUSTOMER_RATIO_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.CUSTOMER_RATIO_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetReturnRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestResponseDto"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head, business_head, area_manager, general_manager, finance, warehouse, qa, customer_service, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetReturnRequestTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnRequestTimelineResponse"];
                };
            };
            /** @description The request is not valid; nothing recorded. Codes: `REQUEST.VALIDATION_FAILED`, `REQUEST.BAD_URL` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "REQUEST.VALIDATION_FAILED" | "REQUEST.BAD_URL";
                    };
                };
            };
            /** @description No valid bearer token. Codes: `AUTH.TOKEN_MISSING`, `AUTH.TOKEN_INVALID`, `AUTH.TOKEN_EXPIRED`, `AUTH.TOKEN_LIFETIME_TOO_LONG`, `AUTH.NO_TENANT` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.TOKEN_MISSING" | "AUTH.TOKEN_INVALID" | "AUTH.TOKEN_EXPIRED" | "AUTH.TOKEN_LIFETIME_TOO_LONG" | "AUTH.NO_TENANT";
                    };
                };
            };
            /** @description Needs one of the roles: after_sales_head, business_head, area_manager, general_manager, finance, warehouse, qa, customer_service, auditor, admin. Codes: `AUTH.FORBIDDEN`, `AUTH.NO_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.FORBIDDEN" | "AUTH.NO_ROLE";
                    };
                };
            };
            /** @description Not found (also what another tenant's resource answers). Codes: `WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "WAREHOUSE_RETURNS.RETURN_REQUEST_NOT_FOUND";
                    };
                };
            };
            /** @description Unavailable for now (the service is shutting down, or the identity provider cannot be reached); retry. Codes: `AUTH.KEYS_UNAVAILABLE` */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"] & {
                        /** @enum {string} */
                        code?: "AUTH.KEYS_UNAVAILABLE";
                    };
                };
            };
        };
    };
}
