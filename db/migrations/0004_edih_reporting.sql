CREATE TABLE "dma_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"assessed_on" date NOT NULL,
	"digital_strategy" real NOT NULL,
	"digital_readiness" real NOT NULL,
	"human_centric" real NOT NULL,
	"data_management" real NOT NULL,
	"interoperability" real NOT NULL,
	"green_digitalisation" real NOT NULL,
	"overall" real NOT NULL,
	"external_reference" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dma_assessments_stage_check" CHECK ("dma_assessments"."stage" ~ '^T[0-9]{1,2}$'),
	CONSTRAINT "dma_assessments_scores_check" CHECK (least("dma_assessments"."digital_strategy", "dma_assessments"."digital_readiness", "dma_assessments"."human_centric", "dma_assessments"."data_management", "dma_assessments"."interoperability", "dma_assessments"."green_digitalisation", "dma_assessments"."overall") >= 0
        and greatest("dma_assessments"."digital_strategy", "dma_assessments"."digital_readiness", "dma_assessments"."human_centric", "dma_assessments"."data_management", "dma_assessments"."interoperability", "dma_assessments"."green_digitalisation", "dma_assessments"."overall") <= 100)
);
--> statement-breakpoint
CREATE TABLE "edih_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"event_date" date NOT NULL,
	"theme_slug" text,
	"partner_organisation_id" uuid NOT NULL,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edih_events_category_check" CHECK ("edih_events"."category" in ('test_before_invest', 'support_to_find_investment', 'skills_and_training', 'networking_and_ecosystem')),
	CONSTRAINT "edih_events_title_check" CHECK (char_length("edih_events"."title") between 1 and 200)
);
--> statement-breakpoint
CREATE TABLE "edih_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_organisation_id" uuid NOT NULL,
	"category" text NOT NULL,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"service_date" date NOT NULL,
	"theme_slug" text,
	"partner_organisation_id" uuid,
	"match_id" uuid,
	"match_state" text,
	"event_id" uuid,
	"investment_eur" bigint,
	"notes" text,
	"created_by_user_id" text,
	"decided_by_user_id" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "edih_services_category_check" CHECK ("edih_services"."category" in ('test_before_invest', 'support_to_find_investment', 'skills_and_training', 'networking_and_ecosystem')),
	CONSTRAINT "edih_services_status_check" CHECK ("edih_services"."status" in ('proposed', 'confirmed', 'dismissed')),
	CONSTRAINT "edih_services_partner_check" CHECK ("edih_services"."status" <> 'confirmed' or "edih_services"."partner_organisation_id" is not null),
	CONSTRAINT "edih_services_investment_check" CHECK ("edih_services"."investment_eur" is null or "edih_services"."investment_eur" >= 0),
	CONSTRAINT "edih_services_notes_check" CHECK ("edih_services"."notes" is null or char_length("edih_services"."notes") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "organisation_report_profiles" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"employees" integer,
	"turnover_eur" bigint,
	"balance_sheet_eur" bigint,
	"size_class" text,
	"nace_section" text,
	"municipality_code" text,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_report_size_check" CHECK ("organisation_report_profiles"."size_class" is null or "organisation_report_profiles"."size_class" in ('micro', 'small', 'medium', 'small_midcap', 'large')),
	CONSTRAINT "org_report_nace_check" CHECK ("organisation_report_profiles"."nace_section" is null or "organisation_report_profiles"."nace_section" in ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U')),
	CONSTRAINT "org_report_municipality_check" CHECK ("organisation_report_profiles"."municipality_code" is null or "organisation_report_profiles"."municipality_code" ~ '^GM[0-9]{4}$'),
	CONSTRAINT "org_report_numbers_check" CHECK (coalesce("organisation_report_profiles"."employees", 0) >= 0 and coalesce("organisation_report_profiles"."turnover_eur", 0) >= 0 and coalesce("organisation_report_profiles"."balance_sheet_eur", 0) >= 0)
);
--> statement-breakpoint
ALTER TABLE "dma_assessments" ADD CONSTRAINT "dma_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dma_assessments" ADD CONSTRAINT "dma_assessments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_events" ADD CONSTRAINT "edih_events_theme_slug_themes_slug_fk" FOREIGN KEY ("theme_slug") REFERENCES "public"."themes"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_events" ADD CONSTRAINT "edih_events_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_events" ADD CONSTRAINT "edih_events_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_services" ADD CONSTRAINT "edih_services_customer_organisation_id_organisations_id_fk" FOREIGN KEY ("customer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_services" ADD CONSTRAINT "edih_services_theme_slug_themes_slug_fk" FOREIGN KEY ("theme_slug") REFERENCES "public"."themes"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_services" ADD CONSTRAINT "edih_services_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_services" ADD CONSTRAINT "edih_services_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_services" ADD CONSTRAINT "edih_services_event_id_edih_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."edih_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_services" ADD CONSTRAINT "edih_services_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edih_services" ADD CONSTRAINT "edih_services_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_report_profiles" ADD CONSTRAINT "organisation_report_profiles_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_report_profiles" ADD CONSTRAINT "organisation_report_profiles_municipality_code_regions_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_report_profiles" ADD CONSTRAINT "organisation_report_profiles_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dma_assessments_stage_uq" ON "dma_assessments" USING btree ("organisation_id","stage");--> statement-breakpoint
CREATE INDEX "edih_services_date_idx" ON "edih_services" USING btree ("service_date");--> statement-breakpoint
CREATE INDEX "edih_services_customer_idx" ON "edih_services" USING btree ("customer_organisation_id");--> statement-breakpoint
CREATE INDEX "edih_services_partner_idx" ON "edih_services" USING btree ("partner_organisation_id");--> statement-breakpoint
CREATE INDEX "edih_services_match_idx" ON "edih_services" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "edih_services_event_idx" ON "edih_services" USING btree ("event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "edih_services_proposal_uq" ON "edih_services" USING btree ("match_id","customer_organisation_id","match_state");